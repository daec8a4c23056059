using System.Data.Common;
using System.Text.RegularExpressions;
using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// The database's plan for a recorded command — EXPLAIN QUERY PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS)
/// on PostgreSQL — and a one-line reading of it: which indexes, which full scans, whether it sorts.
/// </summary>
internal sealed partial record QueryPlan(IReadOnlyList<string> Lines, string Summary)
{
    public static async Task<QueryPlan> ExplainAsync(BenchDatabase database, RecordedCommand recorded, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var postgres = database.Provider == DatabaseProvider.Postgres;
        await using var command = recorded.CreateOn(connection, postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ");
        var lines = postgres ? await PostgresLinesAsync(command, ct) : await SqliteLinesAsync(command, ct);
        return new QueryPlan(lines, postgres ? SummarizePostgres(lines) : SummarizeSqlite(lines));
    }

    private static async Task<List<string>> PostgresLinesAsync(DbCommand command, CancellationToken ct)
    {
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    /// <summary>SQLite answers rows of (id, parent, detail); indent each under its parent.</summary>
    private static async Task<List<string>> SqliteLinesAsync(DbCommand command, CancellationToken ct)
    {
        var depth = new Dictionary<long, int> { [0] = -1 };
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var level = depth.GetValueOrDefault(reader.GetInt64(1), -1) + 1;
            depth[reader.GetInt64(0)] = level;
            lines.Add(new string(' ', level * 2) + reader.GetString(3));
        }

        return lines;
    }

    private static string SummarizeSqlite(IReadOnlyList<string> lines)
    {
        var indexes = lines.SelectMany(l => SqliteIndex().Matches(l).Select(m => m.Groups[1].Value)).Distinct();
        var scans = lines.Select(l => SqliteFullScan().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct();
        var sorts = lines.Count(l => l.Contains("USE TEMP B-TREE", StringComparison.Ordinal));
        return Describe(indexes, scans, sorts);
    }

    private static string SummarizePostgres(IReadOnlyList<string> lines)
    {
        var indexes = lines.SelectMany(l => PostgresIndex().Matches(l).Select(m => m.Groups[1].Value.Trim('"'))).Distinct();
        var scans = lines.Select(l => PostgresSeqScan().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim('"')).Distinct();
        var sorts = lines.Count(l => PostgresSort().IsMatch(l));
        var time = lines.Select(l => PostgresExecution().Match(l)).LastOrDefault(m => m.Success)?.Groups[1].Value;
        return Describe(indexes, scans, sorts) + (time is null ? "" : $"; execution {time} ms");
    }

    private static string Describe(IEnumerable<string> indexes, IEnumerable<string> fullScans, int sorts)
    {
        var used = string.Join(", ", indexes);
        var scanned = string.Join(", ", fullScans);
        return $"indexes: {(used.Length == 0 ? "none" : used)}; full table scans: {(scanned.Length == 0 ? "none" : scanned)}; "
            + $"sorts outside an index: {sorts}";
    }

    [GeneratedRegex(@"USING (?:COVERING )?INDEX (\S+)")]
    private static partial Regex SqliteIndex();

    [GeneratedRegex(@"^\s*SCAN (\S+)(?!.*USING)")]
    private static partial Regex SqliteFullScan();

    [GeneratedRegex(@"(?:Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\S+)")]
    private static partial Regex PostgresIndex();

    [GeneratedRegex(@"Seq Scan on (\S+)")]
    private static partial Regex PostgresSeqScan();

    [GeneratedRegex(@"^\s*(?:->\s*)?(?:Incremental )?Sort\s+\(")]
    private static partial Regex PostgresSort();

    [GeneratedRegex(@"Execution Time: ([\d.]+) ms")]
    private static partial Regex PostgresExecution();
}
