using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace CustomerCenter.Web.Tests.Pdf;

/// <summary>Reads a rendered PDF back with PdfPig, as a customer's viewer would.</summary>
internal sealed partial class PdfReader : IDisposable
{
    private readonly PdfDocument _document;

    public PdfReader(byte[] pdf)
    {
        _document = PdfDocument.Open(pdf);
        Pages = [.. _document.GetPages()];
    }

    public IReadOnlyList<Page> Pages { get; }

    public string Title => _document.Information.Title ?? "";

    public string Author => _document.Information.Author ?? "";

    /// <summary>All pages' text, one page after the other.</summary>
    public string Text => string.Join("\n", Pages.Select(p => p.Text));

    public IEnumerable<Letter> Letters => Pages.SelectMany(p => p.Letters);

    public int Count(string text)
    {
        var all = Text;
        var count = 0;
        for (var at = all.IndexOf(text, StringComparison.Ordinal); at >= 0; at = all.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Base font name and whether a font file is embedded, for every font used on every page.</summary>
    public IEnumerable<(string BaseFont, bool Embedded)> Fonts()
    {
        foreach (var page in Pages)
        {
            var resources = Resolve<DictionaryToken>(page.Dictionary.Data["Resources"]);
            var fonts = Resolve<DictionaryToken>(resources.Data["Font"]);
            foreach (var font in fonts.Data.Values.Select(Resolve<DictionaryToken>))
            {
                var baseFont = ((NameToken)font.Data["BaseFont"]).Data;
                var descendant = Resolve<DictionaryToken>(Resolve<ArrayToken>(font.Data["DescendantFonts"]).Data[0]);
                var descriptor = Resolve<DictionaryToken>(descendant.Data["FontDescriptor"]);
                yield return (baseFont, descriptor.Data.ContainsKey("FontFile2"));
            }
        }
    }

    public static bool IsSubsetName(string baseFont) => SubsetName().IsMatch(baseFont);

    public void Dispose() => _document.Dispose();

    private T Resolve<T>(IToken token) where T : IToken =>
        (T)(token is IndirectReferenceToken reference ? _document.Structure.GetObject(reference.Data).Data : token);

    // An embedded subset is named with six capital letters and a plus, e.g. "ABCDEF+DejaVu Sans".
    [GeneratedRegex("^[A-Z]{6}\\+DejaVu Sans")]
    private static partial Regex SubsetName();
}
