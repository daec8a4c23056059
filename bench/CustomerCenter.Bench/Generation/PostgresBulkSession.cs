using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace CustomerCenter.Bench.Generation;

/// <summary>PostgreSQL: binary COPY per table and batch, inside one transaction.</summary>
internal sealed class PostgresBulkSession(NpgsqlConnection connection, DbTransaction transaction) : BulkSession(connection, transaction)
{
    public static async Task<BulkSession> BeginAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        return new PostgresBulkSession(connection, await connection.BeginTransactionAsync(ct));
    }

    /// <summary>
    /// The app's keys come from one HiLo sequence (blocks of its increment). Taking nextval and moving the
    /// sequence past our block means no app instance is ever handed one of these keys.
    /// </summary>
    public override async Task<long> ReserveIdsAsync(IEntityType entity, long count, CancellationToken ct)
    {
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var sequence = key.FindHiLoSequence()
            ?? throw new NotSupportedException($"{entity.DisplayName()} keys are not HiLo: teach the generator how they are made.");
        var qualified = sequence.Schema is null ? Quote(sequence.Name) : Quote(sequence.Schema) + "." + Quote(sequence.Name);
        var first = Convert.ToInt64(await ScalarAsync("SELECT nextval(@seq::regclass)", ct, ("seq", qualified)), CultureInfo.InvariantCulture);
        await ExecuteAsync("SELECT setval(@seq::regclass, @last)", ct, ("seq", qualified), ("last", first + Math.Max(count, 1) - 1));
        return first;
    }

    public override async Task<IReadOnlyList<string>> DropIndexesAsync(IReadOnlyList<string> tables, CancellationToken ct)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var select = Command(
            """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = current_schema()::regnamespace)
            """,
            ("tables", tables.ToArray())))
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

    public override async Task<IReadOnlyList<string>> DropForeignKeysAsync(IReadOnlyList<string> tables, CancellationToken ct)
    {
        var keys = new List<(string Table, string Name, string Definition)>();
        await using (var select = Command(
            """
            SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(@tables)
            """,
            ("tables", tables.ToArray())))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (table, name, _) in keys)
        {
            await ExecuteAsync($"ALTER TABLE {Quote(table)} DROP CONSTRAINT {Quote(name)}", ct);
        }

        return [.. keys.Select(k => $"ALTER TABLE {Quote(k.Table)} ADD CONSTRAINT {Quote(k.Name)} {k.Definition}")];
    }

    public override async Task RestoreAsync(IReadOnlyList<string> definitions, CancellationToken ct)
    {
        await ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'", ct);
        await base.RestoreAsync(definitions, ct);
    }

    public override async Task WriteAsync<T>(TableSpec<T> table, IReadOnlyList<T> rows, CancellationToken ct)
    {
        var copy = $"COPY {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
        // Synchronous writes: an awaited call per value costs more than the value itself (the socket buffers anyway).
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            importer.StartRow();
            foreach (var column in table.Columns)
            {
                if (column.ProviderValue(row) is { } value)
                {
                    importer.Write(value, column.StoreType);
                }
                else
                {
                    importer.WriteNull();
                }
            }
        }

        await importer.CompleteAsync(ct);
    }

    public override async Task AfterCommitAsync(IReadOnlyList<string> tables, bool analyze, CancellationToken ct)
    {
        // Autovacuum would do this within a minute of the load; doing it now makes the first runs
        // measure the steady state (fresh statistics, visibility map set for index-only scans).
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"VACUUM (ANALYZE) {Quote(table)}";
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
