using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>An open item: amount and open are signed (credits negative); kind says what it is (invoice, payment, creditNote…).</summary>
public sealed record OpenItemRowDto(
    long EntryId, LedgerEntryKind Kind, string Number, long? DocumentId, long? PaymentId, long CustomerId, string CustomerName, string CustomerNumber,
    string Currency, DateOnly Date, DateOnly? DueDate, decimal Amount, decimal Open, int DaysOverdue);

public sealed record OpenItemTotalDto(string Currency, int Items, decimal Amount, decimal Open);

public sealed record OpenItemReportDto(
    DateOnly AsOf, IReadOnlyList<OpenItemRowDto> Items, IReadOnlyList<OpenItemTotalDto> Totals, int Page, int PageSize, int Total)
{
    public static OpenItemReportDto Of(OpenItemReport report) => new(
        report.Filter.AsOf,
        [.. report.Rows.Select(r => new OpenItemRowDto(
            r.EntryId, r.Kind, r.Reference, r.DocumentId, r.PaymentId, r.CustomerId, r.CustomerName, r.CustomerNumber, r.Currency, r.Date, r.DueDate,
            ReportMoney.Amount(r.Amount, r.Currency), ReportMoney.Amount(r.Open, r.Currency), r.DaysOverdue))],
        [.. report.Totals.Select(t => new OpenItemTotalDto(t.Currency, t.Items, ReportMoney.Amount(t.Amount, t.Currency), ReportMoney.Amount(t.Open, t.Currency)))],
        report.Filter.List.Page,
        report.Filter.List.PageSize,
        report.Total);

    public static readonly IReadOnlyList<ReportColumn<OpenItemRow>> ExportColumns =
    [
        new("Number", ReportValueKind.Text, r => r.Reference),
        new("Kind", ReportValueKind.Text, r => Receivables.StatementLabels.Kind(r.Kind)),
        new("Customer number", ReportValueKind.Text, r => r.CustomerNumber),
        new("Customer", ReportValueKind.Text, r => r.CustomerName),
        new("Currency", ReportValueKind.Text, r => r.Currency),
        new("Date", ReportValueKind.Date, r => r.Date),
        new("Due date", ReportValueKind.Date, r => r.DueDate),
        new("Amount", ReportValueKind.Amount, r => ReportMoney.Amount(r.Amount, r.Currency)),
        new("Open", ReportValueKind.Amount, r => ReportMoney.Amount(r.Open, r.Currency)),
        new("Days overdue", ReportValueKind.Integer, r => r.DaysOverdue),
    ];
}
