using System.Globalization;
using PdfSharp.Drawing;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// Breaks text into lines that fit a width: at spaces where it can, inside a word when a single word is wider
/// than the line (a 500-character token must not run off the page). Line breaks in the text are kept.
/// </summary>
internal static class TextWrapper
{
    private const string Ellipsis = "…";

    /// <summary>The lines of <paramref name="text"/>; none for empty text. Over <paramref name="maxLines"/>, the last kept line ends in "…".</summary>
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string? text, XFont font, double width, int maxLines = int.MaxValue)
    {
        var clean = SafeText.Clean(text, font, keepLineBreaks: true).Trim();
        var lines = new List<string>();
        if (clean.Length == 0)
        {
            return lines;
        }

        var spaceWidth = Measure(gfx, " ", font);
        foreach (var paragraph in clean.Split('\n'))
        {
            WrapParagraph(gfx, paragraph, font, width, spaceWidth, lines);
            if (lines.Count > maxLines)
            {
                break;
            }
        }

        return lines.Count > maxLines ? Truncate(gfx, lines, font, width, maxLines) : lines;
    }

    public static double Measure(XGraphics gfx, string text, XFont font) =>
        text.Length == 0 ? 0 : gfx.MeasureString(text, font).Width;

    private static void WrapParagraph(XGraphics gfx, string paragraph, XFont font, double width, double spaceWidth, List<string> lines)
    {
        var line = "";
        var lineWidth = 0.0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = Measure(gfx, word, font);
            if (line.Length > 0 && lineWidth + spaceWidth + wordWidth <= width)
            {
                line += " " + word;
                lineWidth += spaceWidth + wordWidth;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            if (wordWidth <= width)
            {
                (line, lineWidth) = (word, wordWidth);
                continue;
            }

            var pieces = BreakWord(gfx, word, font, width);
            lines.AddRange(pieces.Take(pieces.Count - 1));
            line = pieces[^1];
            lineWidth = Measure(gfx, line, font);
        }

        // An empty paragraph is a blank line the author meant to keep.
        lines.Add(line);
    }

    /// <summary>Splits between text elements (never inside a surrogate pair or before a combining mark).</summary>
    private static List<string> BreakWord(XGraphics gfx, string word, XFont font, double width)
    {
        var pieces = new List<string>();
        var piece = "";
        var pieceWidth = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = Measure(gfx, element, font);
            if (piece.Length > 0 && pieceWidth + elementWidth > width)
            {
                pieces.Add(piece);
                (piece, pieceWidth) = ("", 0);
            }

            piece += element;
            pieceWidth += elementWidth;
        }

        pieces.Add(piece);
        return pieces;
    }

    private static List<string> Truncate(XGraphics gfx, List<string> lines, XFont font, double width, int maxLines)
    {
        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        var ellipsisWidth = Measure(gfx, Ellipsis, font);
        while (last.Length > 0 && Measure(gfx, last, font) + ellipsisWidth > width)
        {
            last = last[..^1];
        }

        kept[^1] = last.TrimEnd() + Ellipsis;
        return kept;
    }
}
