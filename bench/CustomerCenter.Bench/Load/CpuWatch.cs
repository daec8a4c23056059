using System.Globalization;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// Whether a measure was fair on a shared machine. The telling number is how long the measured
/// processes (the bench, the app, the PostgreSQL backends serving them) were ready to run but waited
/// for a CPU — time that other work added to the latencies. Linux only (/proc); elsewhere it reads 0.
/// </summary>
internal sealed class CpuWatch
{
    private readonly Ours _ours;
    private readonly long _runDelayNs;
    private readonly long _started = TimeProvider.System.GetTimestamp();

    private CpuWatch(Ours ours)
    {
        _ours = ours;
        _runDelayNs = ours.RunDelayNs();
    }

    public static CpuWatch Start(Ours ours) => new(ours);

    /// <summary>Time the measured processes' threads waited for a CPU, as a share of the time elapsed.</summary>
    public double WaitShare()
    {
        var elapsed = TimeProvider.System.GetElapsedTime(_started).TotalNanoseconds;
        return elapsed <= 0 ? 0 : (_ours.RunDelayNs() - _runDelayNs) / elapsed;
    }

    /// <summary>Before a measure: waits (in 2-second samples, at most <paramref name="maxWait"/>) until other processes use less than <paramref name="quietBelow"/> of the CPU.</summary>
    public static async Task WaitForQuietAsync(Ours ours, double quietBelow, TimeSpan maxWait, CancellationToken ct)
    {
        for (var waited = TimeSpan.Zero; waited < maxWait; waited += TimeSpan.FromSeconds(2))
        {
            var (busy, total) = Machine();
            var mine = ours.Ticks();
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            var (busyNow, totalNow) = Machine();
            var others = totalNow - total <= 0 ? 0 : (double)(busyNow - busy - (ours.Ticks() - mine)) / (totalNow - total);
            if (others < quietBelow)
            {
                return;
            }

            Console.WriteLine($"  other work is using {others:P0} of the CPU, waiting…");
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

    /// <summary>The processes that make up what is measured.</summary>
    internal sealed class Ours(int? appProcessId)
    {
        private readonly HashSet<int> _pids = appProcessId is { } app ? [Environment.ProcessId, app] : [Environment.ProcessId];

        public void Add(IEnumerable<int> pids) => _pids.UnionWith(pids);

        /// <summary>CPU time used, in clock ticks: /proc/PID/stat fields 14 and 15 (utime, stime).</summary>
        public long Ticks() => _pids.Sum(pid => Read($"/proc/{pid}/stat", text =>
        {
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }));

        /// <summary>Time spent runnable but waiting for a CPU, summed over every thread: /proc/PID/task/TID/schedstat field 2.</summary>
        public long RunDelayNs() => _pids.Sum(pid =>
            Directory.Exists($"/proc/{pid}/task")
                ? Directory.EnumerateDirectories($"/proc/{pid}/task").Sum(task => Read(Path.Combine(task, "schedstat"),
                    text => long.Parse(text.Split(' ')[1], CultureInfo.InvariantCulture)))
                : 0);

        private static long Read(string path, Func<string, long> parse)
        {
            try
            {
                return parse(File.ReadAllText(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return 0; // the process or thread has just ended
            }
        }
    }
}
