using System.Data.Common;
using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// Runs the report aggregates written as SQL: a variable number of aging columns, and a page plus the
/// per-currency totals from one pass over the rows, are beyond what LINQ expresses well. The same text
/// runs on SQLite and PostgreSQL (quoted identifiers, CASE, COALESCE, CTEs, window functions,
/// LIMIT/OFFSET); every value comes in as a parameter, and only whitelisted fragments are spliced in.
/// </summary>
internal static class ReportSql
{
    public static Task<List<T>> QueryAsync<T>(
        AppDbContext db, string sql, IReadOnlyList<KeyValuePair<string, object>> parameters, Func<DbDataReader, T> read, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            var rows = new List<T>();
            await db.Database.OpenConnectionAsync(token);
            try
            {
                await using var command = db.CreateCommand(sql);
                foreach (var (name, value) in parameters)
                {
                    command.AddParameter(name, value);
                }

                await using var reader = await command.ExecuteReaderAsync(token);
                while (await reader.ReadAsync(token))
                {
                    rows.Add(read(reader));
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return rows;
        }, ct);

    public static long Long(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? 0 : reader.GetInt64(ordinal);

    public static long? NullableLong(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static string Text(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? "" : reader.GetString(ordinal);

    public static DateOnly? Date(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);
}
