using System.Diagnostics;

namespace CustomerCenter.Bench.Load;

/// <summary>How many requests to time, after how many untimed ones, and the time after which to stop early.</summary>
internal sealed record Limits(int Warmup, int Iterations, TimeSpan MaxDuration);

internal static class Measure
{
    /// <summary>Runs <paramref name="action"/> one at a time: a warm-up, then up to the iteration count or the time limit.</summary>
    public static async Task<Stats> RunAsync(Func<CancellationToken, Task> action, Limits limits, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < limits.Warmup && clock.Elapsed < limits.MaxDuration / 4; i++)
        {
            await action(ct);
        }

        clock.Restart();
        var samples = new List<double>(limits.Iterations);
        while (samples.Count < limits.Iterations && clock.Elapsed < limits.MaxDuration)
        {
            var start = Stopwatch.GetTimestamp();
            await action(ct);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return Stats.Of(samples);
    }
}
