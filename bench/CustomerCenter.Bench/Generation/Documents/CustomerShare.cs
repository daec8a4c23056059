namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>
/// Splits a total over customers by weight so the parts add up to exactly the total: each customer gets the
/// difference of the rounded running sums.
/// </summary>
internal static class CustomerShare
{
    public static int[] Split(long total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var parts = new int[weights.Count];
        double running = 0;
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            running += weights[i];
            var upTo = sum == 0 ? 0 : (long)Math.Round(total * running / sum, MidpointRounding.AwayFromZero);
            parts[i] = (int)(upTo - given);
            given = upTo;
        }

        return parts;
    }
}
