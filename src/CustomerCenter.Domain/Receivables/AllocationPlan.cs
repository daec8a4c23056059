namespace CustomerCenter.Domain.Receivables;

/// <summary>How a payment is spread over invoices; what is left stays on the account as unapplied credit.</summary>
public sealed record AllocationPlan<TId>(IReadOnlyList<Allocation<TId>> Allocations, Money Unapplied)
    where TId : notnull
{
    public Money Applied => Money.Sum(Allocations.Select(a => a.Amount), Unapplied.Currency);
}
