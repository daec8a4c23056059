namespace CustomerCenter.Domain.Receivables;

/// <summary>
/// Reads a customer's ledger in one currency as of any date: the balance is the sum of entries so far, the open
/// items are the entries minus the settlements dated so far. Because every settlement takes the same amount off
/// one debit and one credit, the open items always add up to the balance.
/// </summary>
public static class Ledger
{
    /// <exception cref="InvalidOperationException">The entries are not all in <paramref name="currency"/>.</exception>
    public static Money BalanceAsOf(IEnumerable<LedgerEntry> entries, DateOnly asOf, string currency)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Money.Sum(entries.Where(e => e.Date <= asOf).Select(e => e.Amount), currency);
    }

    /// <summary>Entries dated on or before <paramref name="asOf"/> that are not fully settled by then, by date.</summary>
    /// <exception cref="ArgumentException">
    /// A settlement names an unknown entry, pairs two debits or two credits, or is dated before one of its entries.
    /// </exception>
    /// <exception cref="InvalidOperationException">An entry is settled beyond its amount: the stored data is broken.</exception>
    public static IReadOnlyList<OpenItem> OpenItemsAsOf(
        IEnumerable<LedgerEntry> entries, IEnumerable<Settlement> settlements, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(settlements);
        var bySequence = entries.ToDictionary(e => e.Sequence);
        var settled = new Dictionary<long, Money>();

        foreach (var settlement in settlements)
        {
            var (debit, credit) = Resolve(settlement, bySequence);
            if (settlement.Date > asOf)
            {
                continue;
            }

            settled[debit.Sequence] = settled.GetValueOrDefault(debit.Sequence, Money.Zero(debit.Amount.Currency)) + settlement.Amount;
            settled[credit.Sequence] = settled.GetValueOrDefault(credit.Sequence, Money.Zero(credit.Amount.Currency)) + settlement.Amount;
        }

        var items = new List<OpenItem>();
        foreach (var entry in bySequence.Values.Where(e => e.Date <= asOf).OrderBy(e => e.Date).ThenBy(e => e.Sequence))
        {
            var applied = settled.GetValueOrDefault(entry.Sequence, Money.Zero(entry.Amount.Currency));
            var open = entry.Amount.IsPositive ? entry.Amount - applied : entry.Amount + applied;
            if (open.Abs() > entry.Amount.Abs() || (!open.IsZero && open.IsNegative != entry.Amount.IsNegative))
            {
                throw new InvalidOperationException(
                    $"Ledger entry {entry.Reference} ({entry.Sequence}) is settled by {applied.Format()}, beyond its amount {entry.Amount.Format()}.");
            }

            if (!open.IsZero)
            {
                items.Add(new OpenItem(entry.Sequence, entry.Reference, entry.Kind, entry.Date, entry.DueDate, entry.Amount, open));
            }
        }

        return items;
    }

    private static (LedgerEntry Debit, LedgerEntry Credit) Resolve(Settlement settlement, Dictionary<long, LedgerEntry> bySequence)
    {
        if (!bySequence.TryGetValue(settlement.DebitSequence, out var debit) || !bySequence.TryGetValue(settlement.CreditSequence, out var credit))
        {
            throw new ArgumentException($"Settlement {settlement} names a ledger entry that is not in the list.", nameof(settlement));
        }

        if (!debit.Amount.IsPositive || !credit.Amount.IsNegative)
        {
            throw new ArgumentException($"Settlement {settlement} must apply a credit entry to a debit entry.", nameof(settlement));
        }

        if (settlement.Date < debit.Date || settlement.Date < credit.Date)
        {
            throw new ArgumentException($"Settlement {settlement} is dated before one of its entries.", nameof(settlement));
        }

        return (debit, credit);
    }
}
