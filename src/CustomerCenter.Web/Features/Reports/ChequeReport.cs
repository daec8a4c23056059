using CustomerCenter.Web.Features.Payments;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>A cheque received from a customer; <see cref="UndoneOn"/> is when it bounced or was reversed.</summary>
public sealed record ChequeReportRow(
    long PaymentId, string Number, long CustomerId, string CustomerName, string CustomerNumber, string Currency, DateOnly Date,
    string? ChequeNumber, string? Bank, DateOnly? ChequeDate, long Amount, PaymentStatus Status, DateOnly? DepositedOn, DateOnly? UndoneOn);

public sealed record ChequeReportTotal(string Currency, PaymentStatus Status, int Cheques, long Amount);

public sealed record ChequeReport(ChequeReportFilter Filter, IReadOnlyList<ChequeReportRow> Rows, IReadOnlyList<ChequeReportTotal> Totals)
{
    public int Total => Totals.Sum(t => t.Cheques);
}
