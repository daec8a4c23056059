using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomerCenter.Web.Data;

/// <summary>
/// Takes the next value of a <see cref="NumberSequence"/> with one atomic UPDATE … RETURNING on the
/// context's own connection and transaction: the row lock (PostgreSQL) or the write lock (SQLite)
/// makes concurrent callers queue, and a rolled-back transaction gives its number back.
/// </summary>
public static class NumberSequences
{
    public const string Customer = "customer";

    public static readonly IReadOnlyDictionary<string, string> DefaultFormats = new Dictionary<string, string>
    {
        [Customer] = "C-{00000}",
    };

    public static async Task<(long Value, string Format)> TakeAsync(AppDbContext db, string key, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            """UPDATE "NumberSequences" SET "NextValue" = "NextValue" + 1 WHERE "Key" = @key RETURNING "NextValue" - 1, "Format" """;
        AddParameter(command, "@key", key);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                return (reader.GetInt64(0), reader.GetString(1));
            }
        }

        // First use of this sequence: create it, then take again so concurrent first users still queue on the row.
        var format = DefaultFormats.TryGetValue(key, out var f) ? f : key.ToUpperInvariant() + "-{00000}";
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = command.Transaction;
            insert.CommandText =
                """INSERT INTO "NumberSequences" ("Key", "Format", "NextValue") VALUES (@key, @format, 1) ON CONFLICT ("Key") DO NOTHING""";
            AddParameter(insert, "@key", key);
            AddParameter(insert, "@format", format);
            await insert.ExecuteNonQueryAsync(ct);
        }

        return await TakeAsync(db, key, ct);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
