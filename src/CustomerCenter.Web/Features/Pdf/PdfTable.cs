using PdfSharp.Drawing;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// A table that flows over pages: cells wrap, numbers align right, the header row is repeated at the top of every
/// page the table reaches, and a row taller than what is left of the page moves to the next one — or, when it is
/// taller than a whole page (a very long description), continues there.
/// </summary>
internal sealed class PdfTable
{
    private const double PadX = 4;
    private const double PadY = 3.5;

    private readonly PageFlow _flow;
    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly double[] _widths;
    private readonly double[] _lefts;
    private IReadOnlyList<IReadOnlyList<string>>? _header;
    private readonly double _left;
    private readonly double _width;
    private int _headerPage = -1;

    /// <summary>A table across the content width, or across <paramref name="width"/> from <paramref name="left"/>.</summary>
    public PdfTable(PageFlow flow, IReadOnlyList<TableColumn> columns, double? left = null, double? width = null)
    {
        _flow = flow;
        _columns = columns;
        _left = left ?? flow.Left;
        _width = width ?? flow.Width;
        var fixedWidth = columns.Sum(c => c.Width);
        var flexible = Math.Max(columns.Count(c => c.Width <= 0), 1);
        _widths = [.. columns.Select(c => c.Width > 0 ? c.Width : (_width - fixedWidth) / flexible)];
        _lefts = new double[columns.Count];
        _lefts[0] = _left;
        for (var i = 1; i < columns.Count; i++)
        {
            _lefts[i] = _lefts[i - 1] + _widths[i - 1];
        }
    }

    /// <summary>Adds a row; <paramref name="emphasis"/> prints it bold on a shaded band (opening and closing balances).</summary>
    public void AddRow(IReadOnlyList<string> cells, bool emphasis = false)
    {
        var style = _flow.Style;
        var font = emphasis ? style.Bold : style.Body;
        var lines = Wrap(cells, font);
        var lineHeight = PdfStyle.LineHeight(font);
        var total = Math.Max(lines.Max(l => l.Count), 1);
        var start = 0;
        do
        {
            StartChunk(total - start, lineHeight);
            var fitting = Math.Max((int)Math.Floor((_flow.Remaining - (2 * PadY)) / lineHeight), 1);
            var count = Math.Min(total - start, fitting);
            DrawChunk(lines, start, count, font, lineHeight, emphasis ? style.Band : null);
            start += count;
        }
        while (start < total);

        _flow.Gfx.DrawLine(style.Rule, _left, _flow.Y, _left + _width, _flow.Y);
    }

    /// <summary>Makes room for the next part of a row: a new page if not even two of its lines fit (or, for a row
    /// that fits a page, the whole row), and the header whenever this page does not have it yet.</summary>
    private void StartChunk(int linesLeft, double lineHeight)
    {
        var headerHeight = HeaderOnThisPage ? 0 : HeaderHeight();
        var needed = Math.Min(linesLeft, 2) * lineHeight;
        var rowHeight = (linesLeft * lineHeight) + (2 * PadY);
        var wholeRowFitsOnAPage = rowHeight + HeaderHeight() <= _flow.ContentHeightOfNewPage;
        if (_flow.Remaining < headerHeight + needed + (2 * PadY)
            || (wholeRowFitsOnAPage && _flow.Remaining < headerHeight + rowHeight))
        {
            if (!_flow.IsAtTopOfPage)
            {
                _flow.NewPage();
            }
        }

        if (!HeaderOnThisPage)
        {
            DrawHeader();
        }
    }

    private bool HeaderOnThisPage => _headerPage == _flow.PageCount;

    private IReadOnlyList<IReadOnlyList<string>> HeaderLines =>
        _header ??= Wrap([.. _columns.Select(c => c.Header)], _flow.Style.SmallBold);

    private double HeaderHeight() =>
        (HeaderLines.Max(l => l.Count) * PdfStyle.LineHeight(_flow.Style.SmallBold)) + (2 * PadY);

    private void DrawHeader()
    {
        var style = _flow.Style;
        var lines = HeaderLines;
        var lineHeight = PdfStyle.LineHeight(style.SmallBold);
        var height = HeaderHeight();
        _flow.Gfx.DrawRectangle(style.Band, _left, _flow.Y, _width, height);
        DrawCells(lines, 0, lines.Max(l => l.Count), style.SmallBold, style.Muted, lineHeight);
        _flow.Y += height;
        _flow.Gfx.DrawLine(style.StrongRule, _left, _flow.Y, _left + _width, _flow.Y);
        _headerPage = _flow.PageCount;
    }

    private void DrawChunk(IReadOnlyList<IReadOnlyList<string>> lines, int start, int count, XFont font, double lineHeight, XBrush? band)
    {
        var height = (count * lineHeight) + (2 * PadY);
        if (band is not null)
        {
            _flow.Gfx.DrawRectangle(band, _left, _flow.Y, _width, height);
        }

        DrawCells(lines, start, count, font, _flow.Style.Ink, lineHeight);
        _flow.Y += height;
    }

    private void DrawCells(IReadOnlyList<IReadOnlyList<string>> lines, int start, int count, XFont font, XBrush brush, double lineHeight)
    {
        for (var column = 0; column < _columns.Count; column++)
        {
            var cell = lines[column];
            for (var i = start; i < Math.Min(start + count, cell.Count); i++)
            {
                var top = _flow.Y + PadY + ((i - start) * lineHeight);
                if (_columns[column].AlignRight)
                {
                    _flow.DrawTextRight(cell[i], font, brush, _lefts[column] + _widths[column] - PadX, top);
                }
                else
                {
                    _flow.DrawText(cell[i], font, brush, _lefts[column] + PadX, top);
                }
            }
        }
    }

    private List<IReadOnlyList<string>> Wrap(IReadOnlyList<string> cells, XFont font) =>
        [.. cells.Select((text, i) => TextWrapper.Wrap(_flow.Gfx, text, font, _widths[i] - (2 * PadX)))];
}
