using System.Data.Common;
using System.Diagnostics;
using CustomerCenter.Bench.Data;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// The database's share: the recorded commands of one request, run back to back on one open connection.
/// Commands that write run in a transaction rolled back after each round, so every round finds the same rows.
/// </summary>
internal static class SqlReplay
{
    public static async Task<Stats> MeasureAsync(
        BenchDatabase database, IReadOnlyList<RecordedCommand> commands, Limits limits, Fairness fairness, CancellationToken ct, bool writes = false)
    {
        await using var connection = await database.OpenAsync(ct);
        var replays = commands.Select(c => c.CreateOn(connection)).ToList();
        try
        {
            return await Measure.RunTimedAsync(async token =>
            {
                var start = Stopwatch.GetTimestamp();
                await using var transaction = writes ? await connection.BeginTransactionAsync(token) : null;
                foreach (var command in replays)
                {
                    command.Transaction = transaction;
                    await ReadAllAsync(command, token);
                }

                if (transaction is not null)
                {
                    await transaction.RollbackAsync(token);
                }

                return Stopwatch.GetElapsedTime(start);
            }, limits, fairness, ct);
        }
        finally
        {
            foreach (var command in replays)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static async Task ReadAllAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        do
        {
            while (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }
        while (await reader.NextResultAsync(ct));
    }
}
