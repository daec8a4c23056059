using CustomerCenter.Bench.Data;

namespace CustomerCenter.Bench.Load;

/// <summary>The database's share: the recorded commands of one request, run back to back on one open connection.</summary>
internal static class SqlReplay
{
    public static async Task<Stats> MeasureAsync(BenchDatabase database, IReadOnlyList<RecordedCommand> commands, Limits limits, Fairness fairness, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var replays = commands.Select(c => c.CreateOn(connection)).ToList();
        try
        {
            return await Measure.RunAsync(async token =>
            {
                foreach (var command in replays)
                {
                    await using var reader = await command.ExecuteReaderAsync(token);
                    while (await reader.ReadAsync(token))
                    {
                        for (var i = 0; i < reader.FieldCount; i++)
                        {
                            _ = reader.GetValue(i);
                        }
                    }
                }
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
}
