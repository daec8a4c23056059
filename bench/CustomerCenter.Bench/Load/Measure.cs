using System.Diagnostics;

namespace CustomerCenter.Bench.Load;

/// <summary>How many requests to time, after how many untimed ones, and the time after which to stop early.</summary>
internal sealed record Limits(int Warmup, int Iterations, TimeSpan MaxDuration);

/// <summary>When to measure: wait for a quiet machine, and measure again when other work disturbed a measure.</summary>
internal sealed record Fairness(CpuWatch.Ours Ours, TimeSpan QuietWait, double Disturbed = 0.15, int Attempts = 3);

internal static class Measure
{
    /// <summary>
    /// Times <paramref name="action"/> one call at a time. If other work used more than
    /// <see cref="Fairness.Disturbed"/> of the CPU meanwhile, measures again (bounded) and keeps the least
    /// disturbed attempt: noise from other processes only ever adds latency.
    /// </summary>
    public static async Task<Stats> RunAsync(Func<CancellationToken, Task> action, Limits limits, Fairness fairness, CancellationToken ct)
    {
        Stats? best = null;
        for (var attempt = 1; attempt <= fairness.Attempts; attempt++)
        {
            await CpuWatch.WaitForQuietAsync(fairness.Ours, fairness.Disturbed, fairness.QuietWait, ct);
            var watch = CpuWatch.Start(fairness.Ours);
            var stats = await OnceAsync(action, limits, ct);
            stats = stats with { OtherCpu = watch.OtherShare() };
            if (best is null || stats.OtherCpu < best.OtherCpu)
            {
                best = stats;
            }

            if (stats.OtherCpu < fairness.Disturbed)
            {
                break;
            }

            Console.WriteLine($"  other work used {stats.OtherCpu:P0} of the CPU during that measure{(attempt < fairness.Attempts ? ": again" : "")}");
        }

        return best!;
    }

    private static async Task<Stats> OnceAsync(Func<CancellationToken, Task> action, Limits limits, CancellationToken ct)
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
