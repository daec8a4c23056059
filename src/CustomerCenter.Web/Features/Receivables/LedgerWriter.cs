using System.Data.Common;
using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// The one way into the ledger: adds the entry and moves the customer's balance summary by the same
/// amount with an atomic upsert, inside the caller's transaction.
/// </summary>
public static class LedgerWriter
{
    public static async Task<LedgerEntry> WriteAsync(AppDbContext db, LedgerEntry entry, CancellationToken ct)
    {
        entry.CreatedAt = db.Clock.GetUtcNow().UtcDateTime;
        db.LedgerEntries.Add(entry);
        await db.SaveChangesAsync(ct);

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            INSERT INTO "CustomerBalances" ("CustomerId", "Currency", "BalanceMinor") VALUES (@customer, @currency, @amount)
            ON CONFLICT ("CustomerId", "Currency") DO UPDATE SET "BalanceMinor" = "CustomerBalances"."BalanceMinor" + excluded."BalanceMinor"
            """;
        Add(command, "@customer", entry.CustomerId);
        Add(command, "@currency", entry.Currency);
        Add(command, "@amount", entry.AmountMinor);
        await command.ExecuteNonQueryAsync(ct);
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
        return allocation;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
