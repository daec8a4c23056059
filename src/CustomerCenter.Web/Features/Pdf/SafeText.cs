using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// Makes any string safe to draw. PDFsharp draws strings as glyphs and interprets nothing, so markup or formulas
/// print as typed; what remains is what would upset the layout or the text layer: control characters, bidi
/// overrides (which can make printed text read differently from what is stored), and characters the font lacks.
/// </summary>
internal static class SafeText
{
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// Line breaks become '\n' (or spaces when <paramref name="keepLineBreaks"/> is false), tabs spaces; control and
    /// bidi control characters go; characters without a glyph, and all characters outside the Basic Multilingual
    /// Plane (PDFsharp 6.2 writes a wrong text mapping for them), become U+FFFD.
    /// </summary>
    public static string Clean(string? text, XFont font, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (IsPlainAscii(text))
        {
            return text;
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var clean = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '\n')
            {
                clean.Append(keepLineBreaks ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                clean.Append(' ');
            }
            else if (char.IsControl(c) || IsBidiControl(c))
            {
                continue;
            }
            else if (char.IsSurrogate(c))
            {
                // A pair is one character: skip its second half so it prints as one replacement mark.
                if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
                {
                    i++;
                }

                clean.Append(Replacement);
            }
            else
            {
                clean.Append(GlyphHelper.GlyphIndexFromCodePoint(c, font) == 0 ? Replacement : c);
            }
        }

        return clean.ToString();
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
