namespace CustomerCenter.Domain.Documents;

/// <summary>Due dates from payment terms in days ("net 30").</summary>
public static class DueDate
{
    public const int MaxTermsDays = 365;

    /// <exception cref="ArgumentOutOfRangeException">The terms are outside 0..<see cref="MaxTermsDays"/>; validate them first.</exception>
    public static DateOnly From(DateOnly documentDate, int paymentTermsDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(paymentTermsDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(paymentTermsDays, MaxTermsDays);
        return documentDate.AddDays(paymentTermsDays);
    }

    /// <summary>Null when the terms are acceptable, else a message for the payment terms field.</summary>
    public static string? ValidateTerms(int paymentTermsDays) =>
        paymentTermsDays is >= 0 and <= MaxTermsDays
            ? null
            : $"Payment terms must be between 0 and {MaxTermsDays} days.";
}
