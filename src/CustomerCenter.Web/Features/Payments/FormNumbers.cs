using System.Globalization;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>Numbers and dates as people type them into the payment forms (invariant culture, ISO dates).</summary>
public static class FormNumbers
{
    public static decimal? Decimal(string? text) =>
        text is { Length: <= 30 } && decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Null for an empty box; adds a message under <paramref name="field"/> for one that isn't a date.</summary>
    public static DateOnly? Date(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "Write the date as YYYY-MM-DD.");
        return null;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
