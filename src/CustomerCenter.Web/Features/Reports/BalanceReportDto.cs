namespace CustomerCenter.Web.Features.Reports;

public sealed record BalanceRowDto(
    long CustomerId, string CustomerName, string CustomerNumber, string Currency,
    decimal Balance, decimal Overdue, decimal UnappliedCredit, long OpenInvoices, DateOnly? OldestDueDate);

public sealed record BalanceTotalDto(
    string Currency, int Customers, decimal Balance, decimal Overdue, decimal UnappliedCredit, long OpenInvoices, DateOnly? OldestDueDate);

/// <summary>Customer balances as of a date: balance, overdue, unapplied credit per customer and currency, with totals per currency.</summary>
public sealed record BalanceReportDto(
    DateOnly AsOf, IReadOnlyList<BalanceRowDto> Items, IReadOnlyList<BalanceTotalDto> Totals, int Page, int PageSize, int Total)
{
    public static BalanceReportDto Of(BalanceReport report) => new(
        report.Filter.AsOf,
        [.. report.Rows.Select(r => new BalanceRowDto(
            r.CustomerId, r.CustomerName, r.CustomerNumber, r.Currency,
            ReportMoney.Amount(r.Balance, r.Currency), ReportMoney.Amount(r.Overdue, r.Currency), ReportMoney.Amount(r.Credit, r.Currency), r.OpenItems, r.OldestDue))],
        [.. report.Totals.Select(t => new BalanceTotalDto(
            t.Currency, t.Customers,
            ReportMoney.Amount(t.Balance, t.Currency), ReportMoney.Amount(t.Overdue, t.Currency), ReportMoney.Amount(t.Credit, t.Currency), t.OpenItems, t.OldestDue))],
        report.Filter.List.Page,
        report.Filter.List.PageSize,
        report.Total);

    public static readonly IReadOnlyList<ReportColumn<BalanceRow>> ExportColumns =
    [
        new("Customer number", ReportValueKind.Text, r => r.CustomerNumber),
        new("Customer", ReportValueKind.Text, r => r.CustomerName),
        new("Currency", ReportValueKind.Text, r => r.Currency),
        new("Balance", ReportValueKind.Amount, r => ReportMoney.Amount(r.Balance, r.Currency)),
        new("Overdue", ReportValueKind.Amount, r => ReportMoney.Amount(r.Overdue, r.Currency)),
        new("Unapplied credit", ReportValueKind.Amount, r => ReportMoney.Amount(r.Credit, r.Currency)),
        new("Open invoices", ReportValueKind.Integer, r => r.OpenItems),
        new("Oldest due date", ReportValueKind.Date, r => r.OldestDue),
    ];
}
