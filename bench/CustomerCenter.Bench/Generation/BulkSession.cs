using System.Data.Common;
using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CustomerCenter.Bench.Generation;

/// <summary>
/// One transaction that loads many rows the fastest way each database offers, bypassing EF's change
/// tracker and the app's audit trail (generated rows are "imported", not edited by someone).
/// </summary>
internal abstract class BulkSession(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    protected DbConnection Connection => connection;

    protected DbTransaction Transaction => transaction;

    public static async Task<BulkSession> BeginAsync(BenchDatabase database, CancellationToken ct) =>
        database.Provider == DatabaseProvider.Postgres
            ? await PostgresBulkSession.BeginAsync(database.ConnectionString, ct)
            : await SqliteBulkSession.BeginAsync(database.ConnectionString, ct);

    /// <summary>Reserves <paramref name="count"/> consecutive primary keys for rows of <paramref name="entity"/>; returns the first.</summary>
    public abstract Task<long> ReserveIdsAsync(IEntityType entity, long count, CancellationToken ct);

    public abstract Task WriteAsync<T>(TableSpec<T> table, IReadOnlyList<T> rows, CancellationToken ct);

    /// <summary>
    /// Drops the secondary indexes of <paramref name="tables"/> (not primary keys) for the load and returns their
    /// definitions as the database itself stores them, for <see cref="RestoreAsync"/> after the load: building
    /// an index once from sorted rows is many times faster than keeping it up to date row by row. Both run inside
    /// the transaction, so a failed load leaves the indexes as they were.
    /// </summary>
    public abstract Task<IReadOnlyList<string>> DropIndexesAsync(IReadOnlyList<string> tables, CancellationToken ct);

    /// <summary>
    /// Drops the foreign keys of <paramref name="tables"/> for the load where the database checks them row by row
    /// with triggers (PostgreSQL), and returns the statements that add them back: adding a foreign key checks all
    /// rows at once, in one join. SQLite checks a key with one index lookup per row either way: nothing to drop.
    /// </summary>
    public virtual Task<IReadOnlyList<string>> DropForeignKeysAsync(IReadOnlyList<string> tables, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public virtual async Task RestoreAsync(IReadOnlyList<string> definitions, CancellationToken ct)
    {
        foreach (var definition in definitions)
        {
            await ExecuteAsync(definition, ct);
        }
    }

    /// <summary>After the commit: refresh the planner's statistics the way the database would on its own.</summary>
    public abstract Task AfterCommitAsync(IReadOnlyList<string> tables, bool analyze, CancellationToken ct);

    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        var result = await command.ExecuteScalarAsync(ct);
        return result is DBNull ? null : result;
    }

    public async Task ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }

    public virtual async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    protected static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    protected DbCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
