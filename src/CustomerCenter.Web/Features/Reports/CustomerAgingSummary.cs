using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// Today's aging in the default buckets by due date, kept per customer and currency (<see cref="CustomerAging"/>):
/// the report everyone opens first reads ~100,000 summary rows instead of ~800,000 open ledger entries. The
/// rebuild computes it with the live report's own SQL; <see cref="CustomerAgingWriter"/> moves it with every
/// ledger write until the next day's rebuild.
/// </summary>
internal static class CustomerAgingSummary
{
    /// <summary>Whether the summary holds this report's columns; it must still be as of the report's date (<see cref="DayAsync"/>).</summary>
    public static bool Holds(AgingFilter filter) =>
        filter.Layout == AgingLayout.Bucket && filter.Basis == AgingBasis.Due && filter.Buckets.Limits.SequenceEqual(AgingBuckets.Default.Limits);

    /// <summary>The day the summary is as of; null when it was never built.</summary>
    public static async Task<DateOnly?> DayAsync(AppDbContext db, CancellationToken ct)
    {
        var day = await db.Set<CustomerAgingDay>().AsNoTracking().Where(d => d.Id == CustomerAgingDay.SingleId).Select(d => (int?)d.AsOfDay).FirstOrDefaultAsync(ct);
        return day is { } number ? DateOnly.FromDayNumber(number) : null;
    }

    /// <summary>
    /// The CTE <c>per_customer(customer_id, currency, c0…, total)</c> of <see cref="AgingQuery"/>, from the summary:
    /// Current holds the credits, as the live report's does; a row whose every amount is zero has nothing open.
    /// </summary>
    /// <param name="where">Conditions on the summary row <c>e</c> (<c>CustomerId</c>, <c>Currency</c>), each starting with AND.</param>
    public static string PerCustomerCte(string where)
    {
        var debits = CustomerAgingWriter.DebitColumns.Select(c => $"e.\"{c}\"").ToArray();
        var columns = debits.Select((column, i) => i == 0 ? $"e.\"CreditsMinor\" + {column} AS c0" : $"{column} AS c{i}");
        var all = string.Join(" + ", ["e.\"CreditsMinor\"", .. debits]);
        var anyOpen = string.Join(" OR ", ["e.\"CreditsMinor\" <> 0", .. debits.Select(d => $"{d} <> 0")]);
        // Not materialized: the page and the totals each scan the narrow table, cheaper than writing it aside.
        return $"""
            per_customer AS NOT MATERIALIZED (
                SELECT e."CustomerId" AS customer_id, e."Currency" AS currency, {string.Join(", ", columns)}, {all} AS total
                FROM "CustomerAging" e
                WHERE ({anyOpen}){where}
            )
            """;
    }

    /// <summary>
    /// Rebuilds every row as of <paramref name="day"/> from the ledger, in one transaction. On PostgreSQL the table
    /// is locked against writers first, so a ledger write either is in the rebuild or moves the rebuilt row after it;
    /// SQLite's writers queue behind the rebuild's write transaction anyway.
    /// </summary>
    public static Task RefreshAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        var args = new SqlArguments();
        var asOf = args.Add("asOf", day);
        var dayNumber = args.Add("day", day.DayNumber);
        var now = args.Add("now", db.Clock.GetUtcNow().UtcDateTime);
        AgingColumn[] columns =
        [
            new("Credits", Debits: false, Credits: true, From: null, Before: null),
            .. AgingColumns.ForBuckets(day, AgingBuckets.Default).Select((c, i) => i == 0 ? c with { Credits = false } : c),
        ];
        OpenItemsValue[] sums = [.. columns.Select((column, i) => new OpenItemsValue($"s{i}", AgingQuery.Sum(column, i, args)))];
        string[] targets = ["CreditsMinor", .. CustomerAgingWriter.DebitColumns];
        var sql = $"""
            {(db.Database.IsNpgsql() ? "LOCK TABLE \"CustomerAging\" IN EXCLUSIVE MODE;" : "")}
            DELETE FROM "CustomerAging";
            WITH {OpenItemsSql.PerCustomerCte("per_customer", asOf, AgingBasis.Due, "", sums)}
            INSERT INTO "CustomerAging" ("CustomerId", "Currency", "AsOfDay", {string.Join(", ", targets.Select(t => $"\"{t}\""))})
            SELECT customer_id, currency, {dayNumber}, {string.Join(", ", sums.Select(s => s.Name))} FROM per_customer;
            DELETE FROM "CustomerAgingDay";
            INSERT INTO "CustomerAgingDay" ("Id", "AsOfDay", "RefreshedAt") VALUES ({CustomerAgingDay.SingleId}, {dayNumber}, {now});
            """;
        return db.RunInTransactionAsync(async token =>
        {
            await using var command = db.CreateCommand(sql);
            command.CommandTimeout = 600;
            foreach (var (name, value) in args)
            {
                command.AddParameter(name, value);
            }

            return await command.ExecuteNonQueryAsync(token);
        }, ct);
    }
}
