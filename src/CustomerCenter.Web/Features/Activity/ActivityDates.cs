using System.Globalization;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>Dates and instants as forms and the API write them, with field-named messages when they don't parse.</summary>
public static class ActivityDates
{
    public static DateOnly? ParseDate(string? value, string field, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and <= 2200)
        {
            return date;
        }

        errors.Add(field, $"Write {label} as YYYY-MM-DD.");
        return null;
    }

    /// <summary>"2026-11-26T14:30" (a datetime-local field, read as UTC), an ISO 8601 instant, or a bare date (midnight UTC).</summary>
    public static DateTime? ParseInstant(string? value, string field, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var local))
        {
            return DateTime.SpecifyKind(local, DateTimeKind.Utc);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 10))
        {
            return instant.UtcDateTime;
        }

        errors.Add(field, $"Write {label} as YYYY-MM-DDTHH:MM (UTC).");
        return null;
    }

    public static DateTime StartOf(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
