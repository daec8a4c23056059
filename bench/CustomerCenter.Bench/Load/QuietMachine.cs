using System.Globalization;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// Latency on a shared 2-core machine is only worth reporting when nothing else runs. Before each
/// measure, while the bench itself is idle, this samples the CPU use of the whole machine (Linux
/// /proc/stat) and waits until it is low, for at most the given time.
/// </summary>
internal static class QuietMachine
{
    private const double QuietBelow = 0.20;
    private static readonly TimeSpan Sample = TimeSpan.FromSeconds(2);

    /// <summary>Returns the busy share of the last sample (0–1), or null where it can't be read.</summary>
    public static async Task<double?> WaitAsync(TimeSpan maxWait, CancellationToken ct)
    {
        if (maxWait <= TimeSpan.Zero || !File.Exists("/proc/stat"))
        {
            return null;
        }

        var waited = TimeSpan.Zero;
        while (true)
        {
            var before = Read();
            await Task.Delay(Sample, ct);
            var after = Read();
            var busy = 1 - (double)(after.Idle - before.Idle) / Math.Max(1, after.Total - before.Total);
            if (busy < QuietBelow || waited >= maxWait)
            {
                return busy;
            }

            Console.WriteLine($"  machine busy ({busy:P0} CPU used by other work), waiting…");
            waited += Sample;
        }
    }

    private static (long Idle, long Total) Read()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal …: idle and iowait are the time nobody used.
        return (fields[3] + fields[4], fields.Take(8).Sum());
    }
}
