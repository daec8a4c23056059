using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// Recomputes every ledger entry's derived open state (<see cref="LedgerEntry.OpenMinor"/>,
/// <see cref="LedgerEntry.LastSettledOn"/>, <see cref="LedgerEntry.ClosedOn"/>) from the allocations, set-based.
/// <see cref="LedgerWriter"/> keeps it in step row by row; this is for writers that bypass it — bulk loaders such
/// as the bench generator — and is what the migration that added the columns ran. Tests check both agree.
/// </summary>
public static class LedgerOpenItems
{
    /// <summary>Valid on SQLite (3.33+, UPDATE … FROM) and PostgreSQL alike.</summary>
    public static readonly string[] RebuildStatements =
    [
        """UPDATE "LedgerEntries" SET "OpenMinor" = "AmountMinor", "LastSettledOn" = NULL, "ClosedOn" = NULL""",
        """
        UPDATE "LedgerEntries" SET
            "OpenMinor" = "AmountMinor" + moves.delta,
            "LastSettledOn" = moves.last_on,
            "ClosedOn" = CASE WHEN "AmountMinor" + moves.delta = 0 THEN moves.last_on END
        FROM (
            SELECT entry_id, SUM(delta) AS delta, MAX(moved_on) AS last_on
            FROM (
                SELECT "DebitEntryId" AS entry_id, -"AmountMinor" AS delta, "Date" AS moved_on FROM "Allocations"
                UNION ALL
                SELECT "CreditEntryId", "AmountMinor", "Date" FROM "Allocations"
            ) AS allocation_sides
            GROUP BY entry_id
        ) AS moves
        WHERE "LedgerEntries"."Id" = moves.entry_id
        """,
    ];

    public static async Task RebuildAsync(AppDbContext db, CancellationToken ct)
    {
        foreach (var statement in RebuildStatements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, ct);
        }
    }
}
