namespace CustomerCenter.Web.Features.Reports;

/// <summary>A cheque: status received, deposited, bounced or reversed; undoneOn is when it bounced or was reversed.</summary>
public sealed record ChequeReportRowDto(
    long PaymentId, string Number, long CustomerId, string CustomerName, string Currency, DateOnly Date, string? ChequeNumber, string? Bank,
    DateOnly? ChequeDate, decimal Amount, string Status, DateOnly? DepositedOn, DateOnly? UndoneOn);

public sealed record ChequeReportTotalDto(string Currency, string Status, int Cheques, decimal Amount);

public sealed record ChequeReportDto(IReadOnlyList<ChequeReportRowDto> Items, IReadOnlyList<ChequeReportTotalDto> Totals, int Page, int PageSize, int Total)
{
    public static ChequeReportDto Of(ChequeReport report) => new(
        [.. report.Rows.Select(r => new ChequeReportRowDto(
            r.PaymentId, r.Number, r.CustomerId, r.CustomerName, r.Currency, r.Date, r.ChequeNumber, r.Bank, r.ChequeDate,
            ReportMoney.Amount(r.Amount, r.Currency), ChequeReportFilter.StatusName(r.Status), r.DepositedOn, r.UndoneOn))],
        [.. report.Totals.Select(t => new ChequeReportTotalDto(t.Currency, ChequeReportFilter.StatusName(t.Status), t.Cheques, ReportMoney.Amount(t.Amount, t.Currency)))],
        report.Filter.List.Page,
        report.Filter.List.PageSize,
        report.Total);

    public static readonly IReadOnlyList<ReportColumn<ChequeReportRow>> ExportColumns =
    [
        new("Received", ReportValueKind.Date, r => r.Date),
        new("Payment", ReportValueKind.Text, r => r.Number),
        new("Customer number", ReportValueKind.Text, r => r.CustomerNumber),
        new("Customer", ReportValueKind.Text, r => r.CustomerName),
        new("Cheque number", ReportValueKind.Text, r => r.ChequeNumber),
        new("Bank", ReportValueKind.Text, r => r.Bank),
        new("Cheque date", ReportValueKind.Date, r => r.ChequeDate),
        new("Currency", ReportValueKind.Text, r => r.Currency),
        new("Amount", ReportValueKind.Amount, r => ReportMoney.Amount(r.Amount, r.Currency)),
        new("Status", ReportValueKind.Text, r => ChequeReportFilter.StatusName(r.Status)),
        new("Deposited", ReportValueKind.Date, r => r.DepositedOn),
        new("Bounced or reversed", ReportValueKind.Date, r => r.UndoneOn),
    ];
}
