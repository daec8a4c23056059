using System.Globalization;
using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// Moves a customer's <see cref="CustomerAging"/> by a change to one ledger entry's open amount, inside the
/// caller's transaction: a relative update of the bucket the entry falls in on the row's own day, so concurrent
/// writers add up. A change that is not yet effective on that day (an entry or allocation dated later) is left
/// to the rebuild on the day it becomes effective.
/// </summary>
public static class CustomerAgingWriter
{
    /// <summary>The debit columns in bucket order (Current, then each of <see cref="AgingBuckets.Default"/>'s ranges).</summary>
    public static readonly string[] DebitColumns = ["CurrentMinor", "Days1To30Minor", "Days31To60Minor", "Days61To90Minor", "Over90Minor"];

    private static readonly string Sql = Build();

    /// <param name="db">The context whose transaction the change joins.</param>
    /// <param name="entry">The entry whose open amount moved.</param>
    /// <param name="delta">How much it moved (negative when a debit was settled).</param>
    /// <param name="effectiveOn">The first day the move counts: the later of the entry's date and the allocation's.</param>
    /// <param name="ct">Cancels the update.</param>
    public static async Task MoveAsync(AppDbContext db, LedgerEntry entry, long delta, DateOnly effectiveOn, CancellationToken ct)
    {
        await using var command = db.CreateCommand(Sql);
        command.AddParameter("@customer", entry.CustomerId);
        command.AddParameter("@currency", entry.Currency);
        command.AddParameter("@debit", entry.AmountMinor > 0 ? 1 : 0);
        command.AddParameter("@agingDay", (entry.DueDate ?? entry.Date).DayNumber);
        command.AddParameter("@effectiveDay", effectiveOn.DayNumber);
        command.AddParameter("@delta", delta);
        await command.ExecuteNonQueryAsync(ct);
    }

    // The row is created on the summary's day when missing (no day yet: nothing to maintain). "WHERE TRUE"
    // keeps SQLite from reading ON CONFLICT as a join constraint.
    private static string Build()
    {
        var limits = AgingBuckets.Default.Limits;
        var conditions = new List<string> { "@agingDay >= \"AsOfDay\"" };
        for (var i = 0; i < limits.Count; i++)
        {
            var upper = i == 0 ? "\"AsOfDay\"" : Days(limits[i - 1]);
            conditions.Add($"@agingDay >= {Days(limits[i])} AND @agingDay < {upper}");
        }

        conditions.Add($"@agingDay < {Days(limits[^1])}");
        var debits = DebitColumns.Select((column, i) =>
            $"\"{column}\" = \"{column}\" + CASE WHEN @debit = 1 AND {conditions[i]} THEN @delta ELSE 0 END");
        var columns = string.Join(", ", DebitColumns.Select(c => $"\"{c}\""));
        var zeros = string.Join(", ", DebitColumns.Select(_ => "0"));
        return $"""
            INSERT INTO "CustomerAging" ("CustomerId", "Currency", "AsOfDay", "CreditsMinor", {columns})
            SELECT @customer, @currency, d."AsOfDay", 0, {zeros} FROM "CustomerAgingDay" d WHERE TRUE
            ON CONFLICT ("CustomerId", "Currency") DO NOTHING;
            UPDATE "CustomerAging" SET
                "CreditsMinor" = "CreditsMinor" + CASE WHEN @debit = 0 THEN @delta ELSE 0 END,
                {string.Join(",\n    ", debits)}
            WHERE "CustomerId" = @customer AND "Currency" = @currency AND @effectiveDay <= "AsOfDay";
            """;

        static string Days(int days) => $"\"AsOfDay\" - {days.ToString(CultureInfo.InvariantCulture)}";
    }
}
