using System.Globalization;
using System.Text;
using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// The links that make every figure open what it is made of: a cell of an aging report opens exactly the open
/// items it sums (same date, basis, currency, customer and aging range), a balance its open invoices, a sales
/// figure its documents.
/// </summary>
public static class ReportLinks
{
    public static string OpenItems(DateOnly asOf, AgingBasis basis, AgingColumn column, string currency, long? customerId) =>
        Build(
            "/reports/open-invoices",
            ("asOf", asOf),
            ("basis", basis == AgingBasis.Invoice ? "invoice" : null),
            ("customerId", customerId),
            ("currency", currency),
            ("show", column is { Debits: true, Credits: true } ? "all" : column.Credits ? "credits" : null),
            ("dueFrom", column.Debits ? column.From : null),
            ("dueTo", column.Debits ? column.To : null));

    public static string OpenItems(DateOnly asOf, string currency, long customerId, string? show = null, bool overdue = false) =>
        Build("/reports/open-invoices", ("asOf", asOf), ("customerId", customerId), ("currency", currency), ("show", show), ("overdue", overdue ? "true" : null));

    public static string Statement(long customerId, string currency, DateOnly to) =>
        Build($"/customers/{customerId}/statement", ("currency", currency), ("to", to));

    public static string SalesHistory(SalesPeriod period, string currency, long? customerId) =>
        Build("/reports/sales-history", ("from", period.From), ("to", period.To), ("currency", currency), ("customerId", customerId));

    public static string Document(LedgerEntryKind kind, long? documentId, long? paymentId) => (kind, documentId, paymentId) switch
    {
        (LedgerEntryKind.Invoice, { } id, _) => DocumentPaths.PageUrl(DocumentKind.Invoice, id),
        (LedgerEntryKind.CreditNote, { } id, _) => DocumentPaths.PageUrl(DocumentKind.CreditNote, id),
        (_, _, { } id) => $"/payments/{id}",
        _ => "",
    };

    /// <summary>A path with its query; null values are left out, dates written YYYY-MM-DD.</summary>
    public static string Build(string path, params (string Key, object? Value)[] parameters)
    {
        var query = new StringBuilder();
        foreach (var (key, value) in parameters)
        {
            var text = value switch
            {
                null => null,
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (!string.IsNullOrEmpty(text))
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(text));
            }
        }

        return path + query;
    }
}
