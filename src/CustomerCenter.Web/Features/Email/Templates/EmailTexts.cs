using System.Globalization;
using System.Text.RegularExpressions;

namespace CustomerCenter.Web.Features.Email.Templates;

/// <summary>
/// Subject and body of each emailed document in one language, plain text with {placeholders}. To add a
/// language: copy <c>EmailTexts.English.cs</c>, translate it, and add its code to <see cref="For"/>.
/// </summary>
public sealed partial class EmailTexts
{
    /// <summary>The templates for an ISO 639-1 code; a language without templates gets English.</summary>
    public static EmailTexts For(string? language) => language switch
    {
        "de" => German,
        "fr" => French,
        _ => English,
    };

    public static IReadOnlyList<string> Languages { get; } = ["en", "de", "fr"];

    public required string Language { get; init; }

    /// <summary>Amounts and dates in the mail follow this culture and pattern.</summary>
    public required CultureInfo Culture { get; init; }

    public required string DateFormat { get; init; }

    public required string QuoteSubject { get; init; }
    public required string QuoteBody { get; init; }
    public required string InvoiceSubject { get; init; }
    public required string InvoiceBody { get; init; }
    public required string CreditNoteSubject { get; init; }
    public required string CreditNoteBody { get; init; }
    public required string StatementSubject { get; init; }
    public required string StatementBody { get; init; }

    public string Date(DateOnly? date) => date?.ToString(DateFormat, Culture) ?? "—";

    /// <summary>
    /// Replaces each {name} once, left to right: a value that itself contains "{…}" (a company called
    /// "{total}") is inserted as it is, never expanded again. Unknown names stay as written.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();
}
