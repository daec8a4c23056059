namespace CustomerCenter.Domain;

/// <summary>Powers of ten for currency exponents and decimal places, without floating point.</summary>
internal static class Pow10
{
    private static readonly long[] Longs = [.. Enumerable.Range(0, 19).Select(n => Enumerable.Repeat(10L, n).Aggregate(1L, (a, b) => a * b))];

    public static long Long(int exponent) => Longs[exponent];

    public static decimal Decimal(int exponent) => Longs[exponent];
}
