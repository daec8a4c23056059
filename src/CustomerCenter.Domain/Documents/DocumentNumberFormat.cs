using System.Globalization;
using System.Text;

namespace CustomerCenter.Domain.Documents;

/// <summary>
/// Document number patterns such as <c>INV-{yyyy}-{0000}</c>: <c>{yyyy}</c>, <c>{yy}</c> and <c>{MM}</c> come from
/// the document date, and exactly one counter (<c>{0000}</c>, as many zeros as the padding) shows the sequence
/// value. A counter that outgrows its padding just gets longer, so numbers never collide.
/// </summary>
public static class DocumentNumberFormat
{
    public const int MaxPatternLength = 40;
    public const int MaxCounterWidth = 12;

    private const string AllowedPunctuation = "-_./";

    private enum Part
    {
        Literal,
        Year,
        ShortYear,
        Month,
        Counter,
    }

    /// <summary>Null when the pattern is usable, else a message for the number format field.</summary>
    public static string? Validate(string? pattern) => Parse(pattern).Error;

    /// <exception cref="ArgumentException">The pattern is not valid; check it with <see cref="Validate"/> when it is saved.</exception>
    public static string Format(string pattern, long sequenceValue, DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequenceValue);
        var (segments, error) = Parse(pattern);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(pattern));
        }

        var number = new StringBuilder();
        foreach (var (part, text) in segments)
        {
            number.Append(part switch
            {
                Part.Year => date.Year.ToString("D4", CultureInfo.InvariantCulture),
                Part.ShortYear => (date.Year % 100).ToString("D2", CultureInfo.InvariantCulture),
                Part.Month => date.Month.ToString("D2", CultureInfo.InvariantCulture),
                Part.Counter => sequenceValue.ToString("D" + text.Length.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                _ => text,
            });
        }

        return number.ToString();
    }

    private static (List<(Part Part, string Text)> Segments, string? Error) Parse(string? pattern)
    {
        var segments = new List<(Part, string)>();
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return (segments, "The number format can't be empty.");
        }

        if (pattern.Length > MaxPatternLength)
        {
            return (segments, $"The number format can be at most {MaxPatternLength} characters long.");
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '{')
            {
                var close = pattern.IndexOf('}', i + 1);
                if (close < 0)
                {
                    return (segments, "Each { needs a closing }.");
                }

                var token = pattern[(i + 1)..close];
                if (Placeholder(token) is not { } part)
                {
                    return (segments, $"{{{token}}} is not a placeholder; use {{yyyy}}, {{yy}}, {{MM}} or a counter such as {{0000}}.");
                }

                segments.Add((part, token));
                i = close;
            }
            else if (c == '}')
            {
                return (segments, "Each } needs an opening {.");
            }
            else if (char.IsAsciiLetterOrDigit(c) || AllowedPunctuation.Contains(c, StringComparison.Ordinal))
            {
                segments.Add((Part.Literal, c.ToString()));
            }
            else
            {
                return (segments, $"'{c}' can't be used in a number; use letters, digits and {string.Join(' ', AllowedPunctuation.ToCharArray())}.");
            }
        }

        return segments.Count(s => s.Item1 == Part.Counter) switch
        {
            0 => (segments, "The number format needs a counter such as {0000}."),
            1 => segments.Single(s => s.Item1 == Part.Counter).Item2.Length > MaxCounterWidth
                ? (segments, $"A counter can have at most {MaxCounterWidth} digits.")
                : (segments, null),
            _ => (segments, "The number format can have only one counter."),
        };
    }

    private static Part? Placeholder(string token) => token switch
    {
        "yyyy" => Part.Year,
        "yy" => Part.ShortYear,
        "MM" => Part.Month,
        _ when token.Length > 0 && token.All(ch => ch == '0') => Part.Counter,
        _ => null,
    };
}
