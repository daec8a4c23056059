using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Pdf;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>A statement's query string: <c>from</c>, <c>to</c> (YYYY-MM-DD), <c>currency</c>, <c>style</c> (PDF) and <c>buckets</c>.</summary>
public sealed record StatementQuery(string? From, string? To, string? Currency, string? Style, string? Buckets)
{
    public (DateOnly? From, DateOnly? To) Dates(ValidationErrors errors) => (IsoDate.Parse(From, "from", errors), IsoDate.Parse(To, "to", errors));

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
}
