using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// The one way into the ledger: adds the entry and moves the customer's balance summary by the same
/// amount with an atomic upsert, inside the caller's transaction; an allocation moves the open amounts
/// of its two entries (<see cref="LedgerEntry.OpenMinor"/>) the same way. Both move today's aging summary
/// (<see cref="CustomerAgingWriter"/>).
/// </summary>
public static class LedgerWriter
{
    public static async Task<LedgerEntry> WriteAsync(AppDbContext db, LedgerEntry entry, CancellationToken ct)
    {
        entry.CreatedAt = db.Clock.GetUtcNow().UtcDateTime;
        entry.OpenMinor = entry.AmountMinor;
        entry.LastSettledOn = null;
        entry.ClosedOn = null;
        db.LedgerEntries.Add(entry);
        await db.SaveChangesAsync(ct);

        await using var command = db.CreateCommand("""
            INSERT INTO "CustomerBalances" ("CustomerId", "Currency", "BalanceMinor") VALUES (@customer, @currency, @amount)
            ON CONFLICT ("CustomerId", "Currency") DO UPDATE SET "BalanceMinor" = "CustomerBalances"."BalanceMinor" + excluded."BalanceMinor"
            """);
        command.AddParameter("@customer", entry.CustomerId);
        command.AddParameter("@currency", entry.Currency);
        command.AddParameter("@amount", entry.AmountMinor);
        await command.ExecuteNonQueryAsync(ct);
        await CustomerAgingWriter.MoveAsync(db, entry, entry.AmountMinor, entry.Date, ct);
        return entry;
    }

    public static async Task<Allocation> SettleAsync(
        AppDbContext db, LedgerEntry debit, LedgerEntry credit, long amountMinor, DateOnly date, CancellationToken ct)
    {
        var allocation = new Allocation
        {
            CustomerId = debit.CustomerId,
            Currency = debit.Currency,
            DebitEntryId = debit.Id,
            CreditEntryId = credit.Id,
            AmountMinor = amountMinor,
            Date = date,
            CreatedAt = db.Clock.GetUtcNow().UtcDateTime,
        };
        db.Allocations.Add(allocation);
        await db.SaveChangesAsync(ct);
        await MoveOpenAsync(db, debit.Id, -amountMinor, date, ct);
        await MoveOpenAsync(db, credit.Id, amountMinor, date, ct);
        await CustomerAgingWriter.MoveAsync(db, debit, -amountMinor, Later(debit.Date, date), ct);
        await CustomerAgingWriter.MoveAsync(db, credit, amountMinor, Later(credit.Date, date), ct);
        return allocation;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>
    /// One relative UPDATE per entry (row-locked, so concurrent allocations add up). The right-hand sides
    /// read the row as it was before the statement, on both databases.
    /// </summary>
    private static Task MoveOpenAsync(AppDbContext db, long entryId, long delta, DateOnly date, CancellationToken ct) =>
        db.LedgerEntries.Where(e => e.Id == entryId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.OpenMinor, e => e.OpenMinor + delta)
            .SetProperty(e => e.LastSettledOn, e => e.LastSettledOn == null || e.LastSettledOn < date ? date : e.LastSettledOn)
            .SetProperty(e => e.ClosedOn, e => e.OpenMinor + delta != 0
                ? null
                : e.LastSettledOn == null || e.LastSettledOn < date ? date : e.LastSettledOn), ct);
}
