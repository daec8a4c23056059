using System.Globalization;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// How much of the machine's CPU went to other work (not the bench, the app or, when measuring
/// PostgreSQL, the database server) between <see cref="Start"/> and <see cref="OtherShare"/>. Latency on a
/// shared 2-core machine is only worth reporting when that share stays small. Linux only (/proc);
/// elsewhere the share reads 0.
/// </summary>
internal sealed class CpuWatch
{
    private readonly Ours _ours;
    private readonly (long Busy, long Total) _machine;
    private readonly long _oursTicks;

    private CpuWatch(Ours ours)
    {
        _ours = ours;
        _machine = Machine();
        _oursTicks = ours.Ticks();
    }

    public static CpuWatch Start(Ours ours) => new(ours);

    /// <summary>The share (0–1) of all cores' time that other processes used since the start.</summary>
    public double OtherShare()
    {
        var machine = Machine();
        var total = machine.Total - _machine.Total;
        var others = machine.Busy - _machine.Busy - (_ours.Ticks() - _oursTicks);
        return total <= 0 ? 0 : Math.Clamp((double)others / total, 0, 1);
    }

    /// <summary>Before a measure: waits (in 2-second samples, at most <paramref name="maxWait"/>) until other work stops.</summary>
    public static async Task WaitForQuietAsync(Ours ours, double quietBelow, TimeSpan maxWait, CancellationToken ct)
    {
        for (var waited = TimeSpan.Zero; waited < maxWait; waited += TimeSpan.FromSeconds(2))
        {
            var watch = Start(ours);
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            var share = watch.OtherShare();
            if (share < quietBelow)
            {
                return;
            }

            Console.WriteLine($"  other work is using {share:P0} of the CPU, waiting…");
        }
    }

    private static (long Busy, long Total) Machine()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }

        // cpu  user nice system idle iowait irq softirq steal …, in ticks summed over all cores.
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = ticks.Sum();
        return (total - ticks[3] - ticks[4], total);
    }

    /// <summary>The processes whose CPU is part of what is measured.</summary>
    internal sealed record Ours(int? AppProcessId, bool IncludePostgres)
    {
        public long Ticks()
        {
            if (!Directory.Exists("/proc"))
            {
                return 0;
            }

            long sum = 0;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid))
                {
                    continue;
                }

                var (name, ticks) = Read(dir);
                if (pid == Environment.ProcessId || pid == AppProcessId || (IncludePostgres && name == "postgres"))
                {
                    sum += ticks;
                }
            }

            return sum;
        }

        /// <summary>/proc/PID/stat: "pid (comm) state …", utime and stime are fields 14 and 15.</summary>
        private static (string Name, long Ticks) Read(string dir)
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                var rest = stat[(close + 2)..].Split(' ');
                return (stat[(open + 1)..close], long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ("", 0);
            }
        }
    }
}
