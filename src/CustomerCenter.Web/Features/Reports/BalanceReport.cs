namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// A customer's position in one currency, in minor units: the balance (open debits less credits), the part of
/// the debits past due, the unapplied credit (positive), how many debits are open and the oldest due date.
/// </summary>
public sealed record BalanceRow(
    long CustomerId, string CustomerName, string CustomerNumber, string Currency,
    long Balance, long Overdue, long Credit, long OpenItems, DateOnly? OldestDue);

public sealed record BalanceTotal(string Currency, int Customers, long Balance, long Overdue, long Credit, long OpenItems, DateOnly? OldestDue);

public sealed record BalanceReport(BalanceFilter Filter, IReadOnlyList<BalanceRow> Rows, IReadOnlyList<BalanceTotal> Totals)
{
    public int Total => Totals.Sum(t => t.Customers);
}
