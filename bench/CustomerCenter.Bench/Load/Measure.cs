using System.Diagnostics;

namespace CustomerCenter.Bench.Load;

/// <summary>How many requests to time, after how many untimed ones, and the time after which to stop early.</summary>
internal sealed record Limits(int Warmup, int Iterations, TimeSpan MaxDuration);

/// <summary>
/// When to measure: wait for a quiet machine, and measure again when waiting for a CPU distorted a measure.
/// <see cref="BeforeTimed"/> runs after the warm-up, when every connection the measure uses is open.
/// </summary>
internal sealed record Fairness(
    CpuWatch.Ours Ours, TimeSpan QuietWait, Func<CancellationToken, Task>? BeforeTimed = null, double Disturbed = 0.05, int Attempts = 3);

internal static class Measure
{
    /// <summary>
    /// Times <paramref name="action"/> one call at a time. If the measured processes spent more than
    /// <see cref="Fairness.Disturbed"/> of the time waiting for a CPU (other work had it), measures again
    /// (bounded) and keeps the least disturbed attempt: other work only ever adds latency.
    /// </summary>
    public static Task<Stats> RunAsync(Func<CancellationToken, Task> action, Limits limits, Fairness fairness, CancellationToken ct) =>
        RunTimedAsync(async token =>
        {
            var start = Stopwatch.GetTimestamp();
            await action(token);
            return Stopwatch.GetElapsedTime(start);
        }, limits, fairness, ct);

    /// <summary>
    /// As <see cref="RunAsync"/>, for an action that times itself: it prepares what it needs untimed (a
    /// draft to post) and returns how long the part that counts took.
    /// </summary>
    public static async Task<Stats> RunTimedAsync(Func<CancellationToken, Task<TimeSpan>> action, Limits limits, Fairness fairness, CancellationToken ct)
    {
        Stats? best = null;
        for (var attempt = 1; attempt <= fairness.Attempts; attempt++)
        {
            await CpuWatch.WaitForQuietAsync(fairness.Ours, 0.15, fairness.QuietWait, ct);
            var stats = await OnceAsync(action, limits, fairness, ct);
            if (best is null || stats.CpuWait < best.CpuWait)
            {
                best = stats;
            }

            if (stats.CpuWait < fairness.Disturbed)
            {
                break;
            }

            Console.WriteLine($"  waited for a CPU {stats.CpuWait:P0} of the time during that measure{(attempt < fairness.Attempts ? ": again" : "")}");
        }

        return best!;
    }

    private static async Task<Stats> OnceAsync(Func<CancellationToken, Task<TimeSpan>> action, Limits limits, Fairness fairness, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < limits.Warmup && clock.Elapsed < limits.MaxDuration / 4; i++)
        {
            await action(ct);
        }

        if (fairness.BeforeTimed is not null)
        {
            await fairness.BeforeTimed(ct);
        }

        var watch = CpuWatch.Start(fairness.Ours);
        clock.Restart();
        var samples = new List<double>(limits.Iterations);
        while (samples.Count < limits.Iterations && clock.Elapsed < limits.MaxDuration)
        {
            samples.Add((await action(ct)).TotalMilliseconds);
        }

        return Stats.Of(samples) with { CpuWait = watch.WaitShare() };
    }
}
