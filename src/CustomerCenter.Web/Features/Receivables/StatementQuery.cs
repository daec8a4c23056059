using System.Globalization;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Pdf;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>A statement's query string: <c>from</c>, <c>to</c> (YYYY-MM-DD), <c>currency</c>, <c>style</c> (PDF) and <c>buckets</c>.</summary>
public sealed record StatementQuery(string? From, string? To, string? Currency, string? Style, string? Buckets)
{
    public (DateOnly? From, DateOnly? To) Dates(ValidationErrors errors) => (ParseDate(From, "from", errors), ParseDate(To, "to", errors));

    /// <summary>activity (the default) or openItems; null, with an error, for anything else.</summary>
    public StatementStyle? PdfStyle(ValidationErrors errors)
    {
        StatementStyle? style = Style?.ToLowerInvariant() switch
        {
            null or "" or "activity" => StatementStyle.Activity,
            "openitems" => StatementStyle.OpenItems,
            _ => null,
        };
        if (style is null)
        {
            errors.Add("style", "Choose activity or openItems.");
        }

        return style;
    }

    private static DateOnly? ParseDate(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "Write the date as YYYY-MM-DD.");
        return null;
    }
}
