using System.Globalization;

namespace CustomerCenter.Web.Features.Common;

/// <summary>Dates as forms and query strings carry them: YYYY-MM-DD, invariant culture.</summary>
public static class IsoDate
{
    /// <summary>Null for an empty value; adds a message under <paramref name="field"/> for one that isn't a date.</summary>
    public static DateOnly? Parse(string? text, string field, ValidationErrors errors)
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
}
