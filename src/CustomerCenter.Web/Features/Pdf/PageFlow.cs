using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// Lays content down A4 pages from top to bottom: keeps a cursor, starts a new page when a block does not fit, and
/// when the document is done draws each page's footer with "Page x of y" (the total is only known at the end).
/// </summary>
internal sealed class PageFlow : IDisposable
{
    public const double Margin = 48;
    private const double TopMargin = 40;
    private const double FooterGap = 14;
    private const int MaxFooterLines = 6;
    private const double PageNumberWidth = 70;

    private readonly PdfDocument _document;
    private readonly PdfStyle _style;
    private readonly PageFrame _frame;
    private readonly List<PdfPage> _pages = [];
    private readonly IReadOnlyList<IReadOnlyList<string>> _footerLines;
    private XGraphics? _gfx;
    private double _pageTop;

    public PageFlow(PdfDocument document, PdfStyle style, PageFrame frame)
    {
        _document = document;
        _style = style;
        _frame = frame;
        NewPage();

        var columnWidth = (Width - PageNumberWidth) / Math.Max(frame.FooterColumns.Count, 1);
        _footerLines = [.. frame.FooterColumns.Select(text => TextWrapper.Wrap(Gfx, text, style.Small, columnWidth - 8, MaxFooterLines))];
        var footerHeight = (Math.Max(_footerLines.Select(l => l.Count).DefaultIfEmpty(0).Max(), 1) * PdfStyle.LineHeight(style.Small)) + 6;
        Bottom = PageHeight - TopMargin - footerHeight - FooterGap;
    }

    public XGraphics Gfx => _gfx ?? throw new ObjectDisposedException(nameof(PageFlow));

    public PdfStyle Style => _style;

    public int PageCount => _pages.Count;

    public double PageWidth => _pages[0].Width.Point;

    public double PageHeight => _pages[0].Height.Point;

    public double Left => Margin;

    public double Right => PageWidth - Margin;

    public double Width => Right - Left;

    /// <summary>The lowest point content may reach; the footer lives below it.</summary>
    public double Bottom { get; }

    /// <summary>Where the next block starts.</summary>
    public double Y { get; set; }

    public double Remaining => Bottom - Y;

    /// <summary>The height a fresh continuation page offers to content.</summary>
    public double ContentHeightOfNewPage => Bottom - ContinuationTop;

    public bool IsAtTopOfPage => Y <= _pageTop;

    private static double ContinuationTop => TopMargin + 24;

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _pages.Add(page);
        _gfx = XGraphics.FromPdfPage(page);
        if (_frame.Watermark is { } watermark)
        {
            DrawWatermark(watermark);
        }

        Y = TopMargin;
        if (_pages.Count > 1)
        {
            DrawRunningTitle();
        }

        _pageTop = Y;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor (or the page is still empty).</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining && !IsAtTopOfPage)
        {
            NewPage();
        }
    }

    public void DrawText(string text, XFont font, XBrush brush, double x, double top) =>
        Gfx.DrawString(SafeText.Clean(text, font, keepLineBreaks: false), font, brush, x, PdfStyle.Baseline(font, top));

    public void DrawTextRight(string text, XFont font, XBrush brush, double right, double top)
    {
        var clean = SafeText.Clean(text, font, keepLineBreaks: false);
        Gfx.DrawString(clean, font, brush, right - TextWrapper.Measure(Gfx, clean, font), PdfStyle.Baseline(font, top));
    }

    /// <summary>Draws wrapped text line by line at the cursor, continuing on new pages as needed.</summary>
    public void DrawParagraph(string? text, XFont font, XBrush brush, double x, double width)
    {
        var lineHeight = PdfStyle.LineHeight(font);
        foreach (var line in TextWrapper.Wrap(Gfx, text, font, width))
        {
            EnsureSpace(lineHeight);
            DrawText(line, font, brush, x, Y);
            Y += lineHeight;
        }
    }

    public void DrawRule(XPen pen, double y) => Gfx.DrawLine(pen, Left, y, Right, y);

    /// <summary>Draws every page's footer and returns the finished PDF.</summary>
    public byte[] Finish()
    {
        _gfx?.Dispose();
        _gfx = null;
        for (var i = 0; i < _pages.Count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_pages[i], XGraphicsPdfPageOptions.Append);
            _gfx = gfx;
            DrawFooter(i + 1);
        }

        _gfx = null;
        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _gfx = null;
    }

    private void DrawFooter(int pageNumber)
    {
        var top = Bottom + FooterGap;
        DrawRule(_style.Rule, top);
        top += 5;
        var lineHeight = PdfStyle.LineHeight(_style.Small);
        var columnWidth = (Width - PageNumberWidth) / Math.Max(_footerLines.Count, 1);
        for (var column = 0; column < _footerLines.Count; column++)
        {
            var x = Left + (column * columnWidth);
            for (var line = 0; line < _footerLines[column].Count; line++)
            {
                DrawText(_footerLines[column][line], _style.Small, _style.Muted, x, top + (line * lineHeight));
            }
        }

        var pageOf = string.Format(CultureInfo.InvariantCulture, _frame.PageOfFormat, pageNumber, _pages.Count);
        DrawTextRight(pageOf, _style.Small, _style.Muted, Right, top);
    }

    private void DrawRunningTitle()
    {
        var title = TextWrapper.Wrap(Gfx, _frame.RunningTitle, _style.Small, Width, maxLines: 1);
        if (title.Count > 0)
        {
            DrawText(title[0], _style.Small, _style.Muted, Left, Y);
        }

        DrawRule(_style.Rule, Y + PdfStyle.LineHeight(_style.Small) + 3);
        Y = ContinuationTop;
    }

    private void DrawWatermark(string text)
    {
        var gfx = Gfx;
        var state = gfx.Save();
        var center = new XPoint(PageWidth / 2, PageHeight / 2);
        var clean = SafeText.Clean(text, _style.Watermark, keepLineBreaks: false);
        var size = gfx.MeasureString(clean, _style.Watermark);
        // Long words ("BROUILLON", "ENTWURF") shrink to stay on the page's diagonal.
        var fit = Math.Min(1, 0.7 * Math.Sqrt((PageWidth * PageWidth) + (PageHeight * PageHeight)) / size.Width);
        gfx.RotateAtTransform(-50, center);
        gfx.ScaleAtTransform(fit, fit, center);
        gfx.DrawString(clean, _style.Watermark, _style.WatermarkInk, center.X - (size.Width / 2), center.Y + (size.Height / 4));
        gfx.Restore(state);
    }
}
