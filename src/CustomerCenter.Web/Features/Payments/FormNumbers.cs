using System.Globalization;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>Numbers and dates as people type them into the payment forms (invariant culture, ISO dates).</summary>
public static class FormNumbers
{
    public static decimal? Decimal(string? text) =>
        text is { Length: <= 30 } && decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
