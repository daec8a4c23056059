using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// The open invoices report's query string. The due range (<see cref="DueFrom"/>–<see cref="DueTo"/>, both
/// included) and <see cref="OverdueOnly"/> select debits by their aging date (the due date, or the document
/// date with <see cref="AgingBasis.Invoice"/>); credits, when shown, are listed whatever their date — exactly
/// what an aging column holds, so a cell's link lists the items that make it.
/// </summary>
public sealed record OpenItemFilter(
    DateOnly AsOf, AgingBasis Basis, long? CustomerId, string? Currency, DateOnly? DueFrom, DateOnly? DueTo, bool OverdueOnly,
    OpenItemShow Show, ListQuery List)
{
    public static readonly string[] Sortable = ["due", "date", "number", "customer", "amount", "open"];

    public static OpenItemFilter Parse(
        string? asOf, string? basis, long? customerId, string? currency, string? dueFrom, string? dueTo, string? overdue, string? show,
        string? search, string? sort, int? page, int? pageSize, DateOnly today, ValidationErrors errors)
    {
        var from = ReportParameters.Date(dueFrom, "dueFrom", errors);
        var to = ReportParameters.Date(dueTo, "dueTo", errors);
        if (from is not null && to is not null && to < from)
        {
            errors.Add("dueTo", "The end of the due date range can't be before its start.");
        }

        return new OpenItemFilter(
            ReportParameters.Date(asOf, "asOf", errors) ?? today,
            ReportParameters.Choice(basis, "basis", AgingBasis.Due, errors),
            ReportParameters.Id(customerId, "customerId", errors),
            ReportParameters.Currency(currency, errors),
            from,
            to,
            ReportParameters.Flag(overdue, "overdue", false, errors),
            ReportParameters.Choice(show, "show", OpenItemShow.Debits, errors),
            ListQuery.Parse(search, sort ?? "due", page, pageSize, Sortable, "due", errors));
    }
}
