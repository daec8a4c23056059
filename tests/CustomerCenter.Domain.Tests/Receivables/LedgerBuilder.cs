using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Domain.Tests.Receivables;

/// <summary>Writes a small EUR ledger for examples: days count from 2026-01-01, amounts are cents.</summary>
internal sealed class LedgerBuilder
{
    public static readonly DateOnly Day0 = new(2026, 1, 1);

    private readonly List<LedgerEntry> entries = [];
    private readonly List<Settlement> settlements = [];

    public IReadOnlyList<LedgerEntry> Entries => entries;

    public IReadOnlyList<Settlement> Settlements => settlements;

    public static DateOnly Day(int day) => Day0.AddDays(day);

    public static Money Eur(long cents) => new(cents, "EUR");

    public long Invoice(int day, long cents, int terms = 30) =>
        Add(LedgerEntry.Create(Day(day), LedgerEntryKind.Invoice, $"INV-{entries.Count + 1}", Eur(cents), Day(day + terms), entries.Count + 1));

    public long Entry(int day, LedgerEntryKind kind, long cents) =>
        Add(LedgerEntry.Create(Day(day), kind, $"{kind}-{entries.Count + 1}", Eur(cents), null, entries.Count + 1));

    public void Settle(long debit, long credit, long cents, int day) => settlements.Add(new Settlement(debit, credit, Eur(cents), Day(day)));

    private long Add(LedgerEntry entry)
    {
        entries.Add(entry);
        return entry.Sequence;
    }
}
