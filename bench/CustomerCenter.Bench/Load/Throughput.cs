using System.Diagnostics;
using System.Net;

namespace CustomerCenter.Bench.Load;

/// <summary>What many clients at once got from one path in a fixed time.</summary>
internal sealed record ThroughputResult(string Name, string Path, int Clients, TimeSpan Elapsed, int Requests, int Errors, Stats Latency)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// Throughput: every client (its own connection and, for the portal, its own signed-in cookie) asks for the
/// path again as soon as it has the answer, for a fixed time after a short untimed warm-up. Counts answers
/// with HTTP 200; anything else is an error. Bounded by time, not count.
/// </summary>
internal static class Throughput
{
    public static async Task<ThroughputResult> RunAsync(
        string name, IReadOnlyList<HttpClient> clients, string path, TimeSpan duration, Fairness fairness, CancellationToken ct)
    {
        await CpuWatch.WaitForQuietAsync(fairness.Ours, 0.15, fairness.QuietWait, ct);
        await RoundAsync(clients, path, TimeSpan.FromSeconds(Math.Min(3, duration.TotalSeconds / 4)), ct);
        if (fairness.BeforeTimed is not null)
        {
            await fairness.BeforeTimed(ct);
        }

        var watch = CpuWatch.Start(fairness.Ours);
        var clock = Stopwatch.StartNew();
        var (samples, errors) = await RoundAsync(clients, path, duration, ct);
        var elapsed = clock.Elapsed;
        return new ThroughputResult(name, path, clients.Count, elapsed, samples.Count, errors, Stats.Of(samples) with { CpuWait = watch.WaitShare() });
    }

    private static async Task<(List<double> Samples, int Errors)> RoundAsync(IReadOnlyList<HttpClient> clients, string path, TimeSpan duration, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var uri = new Uri(path, UriKind.Relative);
        var perClient = await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            var samples = new List<double>();
            var errors = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead, ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                else
                {
                    errors++;
                }
            }

            return (samples, errors);
        }, ct)));
        return ([.. perClient.SelectMany(c => c.samples)], perClient.Sum(c => c.errors));
    }
}
