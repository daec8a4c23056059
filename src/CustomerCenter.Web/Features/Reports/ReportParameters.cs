using System.Globalization;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>Reads the query-string values the reports share, with the same messages on the pages and in the API.</summary>
public static class ReportParameters
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>The day "as of today" means: the UTC date, as the ledger's dates are kept.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static DateOnly? Date(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(field, "Write the date as YYYY-MM-DD.");
            return null;
        }

        if (date < Earliest || date > Latest)
        {
            errors.Add(field, "The date must lie between the years 2000 and 2100.");
            return null;
        }

        return date;
    }

    public static string? Currency(string? value, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim().ToUpperInvariant();
        if (!CustomerCenter.Domain.Currency.TryGet(code, out _))
        {
            errors.Add("currency", "Use a three-letter ISO 4217 currency code, e.g. EUR.");
            return null;
        }

        return code;
    }

    public static long? Id(long? value, string field, ValidationErrors errors)
    {
        if (value is <= 0)
        {
            errors.Add(field, "Ids are positive numbers.");
            return null;
        }

        return value;
    }

    /// <summary>"true"/"false" (or absent for the default).</summary>
    public static bool Flag(string? value, string field, bool defaultValue, ValidationErrors errors) =>
        value?.Trim().ToLowerInvariant() switch
        {
            null or "" => defaultValue,
            "true" or "1" or "on" => true,
            "false" or "0" or "off" => false,
            _ => Invalid(errors, field, "Write true or false.", defaultValue),
        };

    /// <summary>A value from a fixed list, compared without case; absent gives the default.</summary>
    public static TEnum Choice<TEnum>(string? value, string field, TEnum defaultValue, ValidationErrors errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        if (Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        return Invalid(errors, field, $"Choose one of: {names}.", defaultValue);
    }

    /// <summary>A period, each end defaulted when absent: the end not before the start, at most ten years.</summary>
    public static (DateOnly From, DateOnly To) Period(string? from, string? to, DateOnly defaultFrom, DateOnly defaultTo, ValidationErrors errors)
    {
        var start = Date(from, "from", errors) ?? defaultFrom;
        var end = Date(to, "to", errors) ?? defaultTo;
        if (end < start)
        {
            errors.Add("to", "The end of the period can't be before its start.");
        }
        else if (end.DayNumber - start.DayNumber > 3660)
        {
            errors.Add("to", "A period covers at most ten years.");
        }

        return (start, end);
    }

    private static T Invalid<T>(ValidationErrors errors, string field, string message, T fallback)
    {
        errors.Add(field, message);
        return fallback;
    }
}
