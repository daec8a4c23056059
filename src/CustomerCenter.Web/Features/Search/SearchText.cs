using System.Globalization;
using System.Text;

namespace CustomerCenter.Web.Features.Search;

/// <summary>
/// The one normalisation used both when indexing and when searching: lower case, accents removed,
/// split into words of letters and digits. Prefix ranges over the result work with binary collations.
/// </summary>
public static class SearchText
{
    public const int MaxTermLength = 64;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static IEnumerable<string> Words(string? text)
    {
        var normalized = Normalize(text);
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var isWordChar = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return Truncate(normalized[start..i]);
                start = -1;
            }
        }
    }

    /// <summary>The text with everything but letters and digits removed ("C-00012" → "c00012", "+49 30 1234" → "49301234").</summary>
    public static string Compact(string? text)
    {
        var normalized = Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized.Where(char.IsLetterOrDigit))
        {
            builder.Append(c);
        }

        return Truncate(builder.ToString());
    }

    /// <summary>The smallest string greater than every string that starts with <paramref name="prefix"/>.</summary>
    public static string PrefixUpperBound(string prefix)
    {
        var last = prefix[^1];
        if (char.IsSurrogate(last) || last == char.MaxValue)
        {
            return prefix + char.MaxValue;
        }

        return prefix[..^1] + (char)(last + 1);
    }

    private static string Truncate(string term) => term.Length > MaxTermLength ? term[..MaxTermLength] : term;
}
