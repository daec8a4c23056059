using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Reports;

/// <summary>
/// The test's own reading of the ledger, independent of the report SQL and of the domain code: every entry's
/// open amount as of a date is its amount less the allocations dated up to then, bucketed by days past due.
/// </summary>
public sealed class LedgerTruth
{
    private LedgerTruth(List<Entry> entries, List<Move> moves)
    {
        Entries = entries;
        Moves = moves;
    }

    public sealed record Entry(long Id, long CustomerId, string Currency, DateOnly Date, DateOnly? DueDate, long Amount, long OpenMinor, DateOnly? LastSettledOn, DateOnly? ClosedOn);

    public sealed record Move(long DebitEntryId, long CreditEntryId, long Amount, DateOnly Date);

    public sealed record Item(Entry Entry, long Open, DateOnly AgingDate);

    public List<Entry> Entries { get; }

    public List<Move> Moves { get; }

    public static async Task<LedgerTruth> LoadAsync(AppFactory app) => await app.WithDbAsync(async db => new LedgerTruth(
        await db.LedgerEntries.AsNoTracking()
            .Select(e => new Entry(e.Id, e.CustomerId, e.Currency, e.Date, e.DueDate, e.AmountMinor, e.OpenMinor, e.LastSettledOn, e.ClosedOn)).ToListAsync(),
        await db.Allocations.AsNoTracking().Select(a => new Move(a.DebitEntryId, a.CreditEntryId, a.AmountMinor, a.Date)).ToListAsync()));

    public long OpenAsOf(Entry entry, DateOnly asOf) =>
        entry.Amount
        - Moves.Where(m => m.DebitEntryId == entry.Id && m.Date <= asOf).Sum(m => m.Amount)
        + Moves.Where(m => m.CreditEntryId == entry.Id && m.Date <= asOf).Sum(m => m.Amount);

    public List<Item> OpenItems(DateOnly asOf) =>
        [.. Entries.Where(e => e.Date <= asOf).Select(e => new Item(e, OpenAsOf(e, asOf), e.DueDate ?? e.Date)).Where(i => i.Open != 0)];

    /// <summary>Current, 1–30, 31–60, 61–90, over 90 days past due; credits count in Current.</summary>
    public static int Bucket(Item item, DateOnly asOf)
    {
        var days = asOf.DayNumber - item.AgingDate.DayNumber;
        return item.Open < 0 || days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
    }

    public static decimal Major(long minor, string currency) => currency == "JPY" ? minor : minor / 100m;
}
