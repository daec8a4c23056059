using CustomerCenter.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomerCenter.Web.Data;

/// <summary>
/// Human numbers (C-00001, INV-2026-0001). The row keyed by the sequence name holds the format; the
/// counter lives in the same row, or per year ("invoice@2026") when the format shows the year, so
/// numbering restarts each year. A counter is taken with one atomic UPDATE … RETURNING on the
/// caller's connection and transaction: the row lock (PostgreSQL) or the write lock (SQLite) makes
/// concurrent callers queue, and a rolled-back transaction gives its number back.
/// </summary>
public static class NumberSequences
{
    public const string Customer = "customer";
    public const string Quote = "quote";
    public const string SalesOrder = "order";
    public const string DeliveryNote = "delivery-note";
    public const string Invoice = "invoice";
    public const string CreditNote = "credit-note";
    public const string Payment = "payment";
    public const string Refund = "refund";

    public static readonly IReadOnlyDictionary<string, string> DefaultFormats = new Dictionary<string, string>
    {
        [Customer] = "C-{00000}",
        [Quote] = "Q-{yyyy}-{0000}",
        [SalesOrder] = "SO-{yyyy}-{0000}",
        [DeliveryNote] = "DN-{yyyy}-{0000}",
        [Invoice] = "INV-{yyyy}-{0000}",
        [CreditNote] = "CN-{yyyy}-{0000}",
        [Payment] = "PAY-{yyyy}-{00000}",
        [Refund] = "RF-{yyyy}-{0000}",
    };

    public static async Task<string> FormatOfAsync(AppDbContext db, string key, CancellationToken ct) =>
        await db.NumberSequences.AsNoTracking().Where(s => s.Key == key).Select(s => s.Format).FirstOrDefaultAsync(ct)
        ?? DefaultFormats[key];

    /// <summary>The next number of a sequence for a document dated <paramref name="date"/>.</summary>
    public static async Task<string> NextAsync(AppDbContext db, string key, DateOnly date, CancellationToken ct)
    {
        var format = await FormatOfAsync(db, key, ct);
        var yearly = format.Contains("{yy", StringComparison.Ordinal);
        var counterKey = yearly ? $"{key}@{date.Year}" : key;
        var value = await TakeAsync(db, counterKey, format, ct);
        return DocumentNumberFormat.Format(format, value, date);
    }

    private static async Task<long> TakeAsync(AppDbContext db, string counterKey, string format, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """UPDATE "NumberSequences" SET "NextValue" = "NextValue" + 1 WHERE "Key" = @key RETURNING "NextValue" - 1""";
            command.AddParameter("@key", counterKey);
            if (await command.ExecuteScalarAsync(ct) is { } taken and not DBNull)
            {
                return Convert.ToInt64(taken, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        // First use of this counter: create it, then take again, so concurrent first users still queue on the row.
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText =
                """INSERT INTO "NumberSequences" ("Key", "Format", "NextValue") VALUES (@key, @format, 1) ON CONFLICT ("Key") DO NOTHING""";
            insert.AddParameter("@key", counterKey);
            insert.AddParameter("@format", format);
            await insert.ExecuteNonQueryAsync(ct);
        }

        return await TakeAsync(db, counterKey, format, ct);
    }
}
