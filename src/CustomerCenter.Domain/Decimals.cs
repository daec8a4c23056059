namespace CustomerCenter.Domain;

internal static class Decimals
{
    /// <summary>True when the value needs no more than <paramref name="places"/> decimals (1.50 has one).</summary>
    public static bool HasAtMost(decimal value, int places) => decimal.Round(value, places) == value;
}
