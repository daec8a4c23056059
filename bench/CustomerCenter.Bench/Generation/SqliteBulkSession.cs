using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CustomerCenter.Bench.Generation;

/// <summary>
/// SQLite: one transaction and, per table, one prepared INSERT reused for every row. A large page
/// cache keeps the indexes' pages in memory while a million keys arrive in random order.
/// </summary>
internal sealed class SqliteBulkSession(SqliteConnection connection, DbTransaction transaction) : BulkSession(connection, transaction)
{
    private readonly Dictionary<string, SqliteCommand> _inserts = new(StringComparer.Ordinal);

    public static async Task<BulkSession> BeginAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText =
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; PRAGMA cache_size = -524288; PRAGMA temp_store = MEMORY;";
            await pragmas.ExecuteNonQueryAsync(ct);
        }

        return new SqliteBulkSession(connection, await connection.BeginTransactionAsync(ct));
    }

    public override async Task<long> ReserveIdsAsync(IEntityType entity, long count, CancellationToken ct)
    {
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName();
        var max = await ScalarAsync($"SELECT MAX({Quote(key)}) FROM {Quote(entity.GetTableName()!)}", ct);
        return (max is null ? 0 : Convert.ToInt64(max, System.Globalization.CultureInfo.InvariantCulture)) + 1;
    }

    public override async Task<IReadOnlyList<string>> DropIndexesAsync(IReadOnlyList<string> tables, CancellationToken ct)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var select = Command(
            $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", tables.Select((_, i) => "@t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})",
            [.. tables.Select((t, i) => ("t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object)t))]))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync($"DROP INDEX {Quote(name)}", ct);
        }

        return [.. indexes.Select(i => i.Sql)];
    }

    public override Task WriteAsync<T>(TableSpec<T> table, IReadOnlyList<T> rows, CancellationToken ct)
    {
        var insert = InsertFor(table);
        foreach (var row in rows)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                insert.Parameters[i].Value = table.Columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public override async Task AfterCommitAsync(IReadOnlyList<string> tables, bool analyze, CancellationToken ct)
    {
        // SQLite never gathers statistics by itself and the app doesn't ask it to, so by default the
        // bench measures the planner without them; --analyze shows what ANALYZE would change.
        var sql = (analyze ? "ANALYZE; " : "") + "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var insert in _inserts.Values)
        {
            await insert.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    private SqliteCommand InsertFor<T>(TableSpec<T> table)
    {
        if (_inserts.TryGetValue(table.Name, out var existing))
        {
            return existing;
        }

        var insert = (SqliteCommand)Command(
            $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) "
            + $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            insert.Parameters.Add(new SqliteParameter("@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        insert.Prepare();
        _inserts[table.Name] = insert;
        return insert;
    }
}
