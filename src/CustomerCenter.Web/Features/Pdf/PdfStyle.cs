using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// Fonts and colours shared by every document. One instance per rendering: PDFsharp's XFont and brush objects are
/// not documented as thread-safe, and they are cheap once the font files are cached.
/// </summary>
internal sealed class PdfStyle
{
    public const double BodySize = 8.5;
    public const double SmallSize = 7;

    // Unicode encoding: text keeps its characters (ä, €, ł…) and stays searchable and copyable in any viewer.
    private readonly XPdfFontOptions _options = new(PdfFontEncoding.Unicode);

    public PdfStyle()
    {
        Body = Font(BodySize, XFontStyleEx.Regular);
        Bold = Font(BodySize, XFontStyleEx.Bold);
        Small = Font(SmallSize, XFontStyleEx.Regular);
        SmallBold = Font(SmallSize, XFontStyleEx.Bold);
        Italic = Font(BodySize, XFontStyleEx.Italic);
        Heading = Font(9.5, XFontStyleEx.Bold);
        GrandTotal = Font(10, XFontStyleEx.Bold);
        SellerName = Font(14, XFontStyleEx.Bold);
        Title = Font(20, XFontStyleEx.Bold);
        Watermark = Font(96, XFontStyleEx.Bold);
    }

    public XFont Body { get; }
    public XFont Bold { get; }
    public XFont Small { get; }
    public XFont SmallBold { get; }
    public XFont Italic { get; }
    public XFont Heading { get; }
    public XFont GrandTotal { get; }
    public XFont SellerName { get; }
    public XFont Title { get; }
    public XFont Watermark { get; }

    public XBrush Ink { get; } = new XSolidBrush(XColor.FromArgb(33, 37, 41));
    public XBrush Muted { get; } = new XSolidBrush(XColor.FromArgb(104, 112, 122));
    public XBrush Accent { get; } = new XSolidBrush(XColor.FromArgb(22, 64, 120));
    public XBrush Band { get; } = new XSolidBrush(XColor.FromArgb(240, 243, 247));
    public XBrush WatermarkInk { get; } = new XSolidBrush(XColor.FromArgb(26, 190, 30, 30));
    public XPen Rule { get; } = new(XColor.FromArgb(214, 219, 225), 0.5);
    public XPen StrongRule { get; } = new(XColor.FromArgb(22, 64, 120), 1);

    /// <summary>Line spacing: a little more than the font's own for easy reading of dense tables.</summary>
    public static double LineHeight(XFont font) => font.Size * 1.3;

    /// <summary>Where to put the baseline so the text sits centred in a line of <see cref="LineHeight"/> starting at <paramref name="top"/>.</summary>
    public static double Baseline(XFont font, double top)
    {
        var metrics = font.Metrics;
        var ascent = font.Size * metrics.Ascent / metrics.UnitsPerEm;
        var descent = font.Size * metrics.Descent / metrics.UnitsPerEm;
        return top + ((LineHeight(font) - ascent - descent) / 2) + ascent;
    }

    private XFont Font(double size, XFontStyleEx style) => new(DejaVuFontResolver.FamilyName, size, style, _options);
}
