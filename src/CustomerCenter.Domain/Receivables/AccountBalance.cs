namespace CustomerCenter.Domain.Receivables;

/// <summary>
/// A customer's position in one currency as of a date: what they owe in all (credits deducted), the part of the
/// debits that is past due, and the credit they have not used yet (a positive amount).
/// </summary>
public sealed record AccountBalance(Money Balance, Money Overdue, Money UnappliedCredit)
{
    public static AccountBalance From(IReadOnlyList<OpenItem> items, DateOnly asOf, string currency)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new AccountBalance(
            Money.Sum(items.Select(i => i.OpenAmount), currency),
            Money.Sum(items.Where(i => !i.IsCredit && i.DaysPastDue(asOf) > 0).Select(i => i.OpenAmount), currency),
            -Money.Sum(items.Where(i => i.IsCredit).Select(i => i.OpenAmount), currency));
    }
}
