using System.Globalization;

namespace CustomerCenter.Web.Features.Reports.Charts;

/// <summary>
/// A value axis for the server-drawn SVG charts: round tick steps (1, 2, 2.5, 5 × 10ⁿ) covering the values and
/// zero, and short tick labels (12k, 1.5M) that stay readable in a small chart.
/// </summary>
public sealed class ChartScale
{
    private ChartScale(decimal min, decimal max, decimal step)
    {
        Min = min;
        Max = max;
        Step = step;
    }

    public decimal Min { get; }

    public decimal Max { get; }

    public decimal Step { get; }

    public IEnumerable<decimal> Ticks
    {
        get
        {
            for (var tick = Min; tick <= Max; tick += Step)
            {
                yield return tick;
            }
        }
    }

    public static ChartScale For(IEnumerable<decimal> values, int ticks = 4)
    {
        var list = values.Append(0m).ToList();
        var (low, high) = (list.Min(), list.Max());
        if (low == high)
        {
            high = low + 1;
        }

        var raw = (high - low) / ticks;
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
        var step = new[] { 1m, 2m, 2.5m, 5m, 10m }.Select(f => f * magnitude).First(s => s >= raw);
        return new ChartScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    /// <summary>Where a value lies between <paramref name="bottom"/> (the axis minimum) and <paramref name="top"/>.</summary>
    public double Y(decimal value, double top, double bottom) => bottom - (double)((value - Min) / (Max - Min)) * (bottom - top);

    /// <summary>Where a value lies between <paramref name="left"/> (the axis minimum) and <paramref name="right"/>.</summary>
    public double X(decimal value, double left, double right) => left + (double)((value - Min) / (Max - Min)) * (right - left);

    public static string Short(decimal value)
    {
        var abs = Math.Abs(value);
        var (scaled, suffix) = abs >= 1_000_000_000m ? (value / 1_000_000_000m, "B")
            : abs >= 1_000_000m ? (value / 1_000_000m, "M")
            : abs >= 1_000m ? (value / 1_000m, "k")
            : (value, "");
        return scaled.ToString(Math.Abs(scaled) >= 100 || suffix == "" ? "0" : "0.#", CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>SVG coordinates: invariant, one decimal.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
