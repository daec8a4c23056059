namespace CustomerCenter.Bench.Load;

/// <summary>
/// Latency percentiles in milliseconds (nearest-rank) over <see cref="Count"/> timed requests, and the
/// share of that time the measured processes waited for a CPU (see <see cref="CpuWatch"/>).
/// </summary>
internal sealed record Stats(int Count, double P50, double P95, double Max)
{
    public double CpuWait { get; init; }

    public static Stats Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0 ? new Stats(0, double.NaN, double.NaN, double.NaN) : new Stats(sorted.Length, At(0.50), At(0.95), sorted[^1]);

        double At(double quantile) => sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
    }
}
