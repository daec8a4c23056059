namespace CustomerCenter.Domain.Receivables;

/// <summary>
/// A customer statement for one currency and period: the balance before <see cref="From"/>, every entry of the
/// period by date (then by sequence) with a running balance, the closing balance, and as of <see cref="To"/> the
/// open items and the aging strip — which both add up to the closing balance.
/// </summary>
public sealed record Statement(
    string Currency,
    DateOnly From,
    DateOnly To,
    Money OpeningBalance,
    IReadOnlyList<StatementLine> Lines,
    Money ClosingBalance,
    IReadOnlyList<OpenItem> OpenItems,
    AgingStrip Aging)
{
    /// <summary>Builds the statement; a period ending before it starts is reported on "to".</summary>
    /// <exception cref="InvalidOperationException">An entry is not in <paramref name="currency"/>.</exception>
    public static DomainResult<Statement> Build(
        string currency,
        IReadOnlyCollection<LedgerEntry> entries,
        IEnumerable<Settlement> settlements,
        DateOnly from,
        DateOnly to,
        AgingBuckets buckets)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (to < from)
        {
            return DomainResult<Statement>.Invalid("to", "The end of the period can't be before its start.");
        }

        var opening = Money.Sum(entries.Where(e => e.Date < from).Select(e => e.Amount), currency);
        var balance = opening;
        var lines = new List<StatementLine>();
        foreach (var entry in entries.Where(e => e.Date >= from && e.Date <= to).OrderBy(e => e.Date).ThenBy(e => e.Sequence))
        {
            balance += entry.Amount;
            lines.Add(new StatementLine(entry, balance));
        }

        var openItems = Ledger.OpenItemsAsOf(entries, settlements, to);
        return DomainResult<Statement>.Ok(new Statement(
            currency, from, to, opening, lines, balance, openItems, AgingStrip.Compute(openItems, to, buckets, currency)));
    }
}
