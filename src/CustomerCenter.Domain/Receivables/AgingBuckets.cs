using System.Globalization;

namespace CustomerCenter.Domain.Receivables;

/// <summary>
/// Aging columns from ascending day limits: [30, 60, 90] gives Current, 1–30, 31–60, 61–90, Over 90. An item
/// due today or later is current; exactly 30 days past due is still 1–30.
/// </summary>
public sealed class AgingBuckets
{
    public const int MaxLimits = 10;
    public const int MaxDays = 3650;

    private AgingBuckets(IReadOnlyList<int> limits)
    {
        Limits = limits;
        Labels = [.. BuildLabels(limits)];
    }

    public static AgingBuckets Default { get; } = new([30, 60, 90]);

    public IReadOnlyList<int> Limits { get; }

    /// <summary>One label per bucket, Current first and "Over n" last.</summary>
    public IReadOnlyList<string> Labels { get; }

    public int Count => Limits.Count + 2;

    /// <summary>Checks the limits: 1 to 10 positive whole days, strictly ascending. Errors are keyed "buckets".</summary>
    public static DomainResult<AgingBuckets> Create(IReadOnlyList<int> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.Count is 0 or > MaxLimits)
        {
            return Invalid($"Give between 1 and {MaxLimits} day limits.");
        }

        if (limits.Any(limit => limit is < 1 or > MaxDays))
        {
            return Invalid($"Each day limit must be between 1 and {MaxDays}.");
        }

        return limits.Zip(limits.Skip(1)).Any(pair => pair.First >= pair.Second)
            ? Invalid("Day limits must go up, e.g. 30,60,90.")
            : DomainResult<AgingBuckets>.Ok(new AgingBuckets([.. limits]));
    }

    /// <summary>Reads a query-string spec such as "30,60,90"; null or blank gives the default.</summary>
    public static DomainResult<AgingBuckets> Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return DomainResult<AgingBuckets>.Ok(Default);
        }

        var limits = new List<int>();
        foreach (var part in spec.Split(','))
        {
            if (!int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
            {
                return Invalid("Give whole numbers of days separated by commas, e.g. 30,60,90.");
            }

            limits.Add(limit);
        }

        return Create(limits);
    }

    /// <summary>The bucket index for an item this many days past due: 0 (current) for zero or less.</summary>
    public int Bucket(int daysPastDue)
    {
        if (daysPastDue <= 0)
        {
            return 0;
        }

        for (var i = 0; i < Limits.Count; i++)
        {
            if (daysPastDue <= Limits[i])
            {
                return i + 1;
            }
        }

        return Limits.Count + 1;
    }

    public override string ToString() => string.Join(',', Limits);

    private static IEnumerable<string> BuildLabels(IReadOnlyList<int> limits)
    {
        yield return "Current";
        var from = 1;
        foreach (var limit in limits)
        {
            yield return from == limit ? Days(limit) : $"{Days(from)}–{Days(limit)}";
            from = limit + 1;
        }

        yield return $"Over {Days(limits[^1])}";
    }

    private static string Days(int days) => days.ToString(CultureInfo.InvariantCulture);

    private static DomainResult<AgingBuckets> Invalid(string message) => DomainResult<AgingBuckets>.Invalid("buckets", message);
}
