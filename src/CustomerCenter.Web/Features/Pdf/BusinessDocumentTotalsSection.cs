namespace CustomerCenter.Web.Features.Pdf;

/// <summary>Under the lines: the tax summary per rate on the left, the totals box on the right.</summary>
internal static class BusinessDocumentTotalsSection
{
    private const double BoxWidth = 220;
    private const double RowPad = 3;
    private const double Gap = 24;

    public static void Draw(PageFlow flow, BusinessDocumentPdf document, PdfTexts texts, PdfFormatter format)
    {
        var totals = document.Totals;
        List<(string Label, string Amount, bool Grand)> rows =
        [
            (texts.Subtotal, format.AmountWithCurrency(totals.Subtotal), false),
            (texts.Tax, format.AmountWithCurrency(totals.TaxTotal), false),
            (texts.Total, format.AmountWithCurrency(totals.Total), true),
        ];
        if (totals.AmountPaid != 0)
        {
            rows.Add((texts.AmountPaid, format.AmountWithCurrency(-totals.AmountPaid), false));
            rows.Add((texts.AmountDue, format.AmountWithCurrency(totals.AmountDue), true));
        }

        var boxHeight = rows.Sum(r => RowHeight(flow, r.Grand));
        flow.Y += 10;
        flow.EnsureSpace(boxHeight);
        var top = flow.Y;
        var page = flow.PageCount;
        var boxBottom = DrawBox(flow, rows, top);

        if (document.TaxSummary.Count > 0)
        {
            var table = new PdfTable(
                flow,
                [new(texts.TaxRateSummary, 0), new(texts.NetAmount, 0, AlignRight: true), new(texts.TaxAmount, 0, AlignRight: true)],
                flow.Left,
                flow.Width - BoxWidth - Gap);
            foreach (var line in document.TaxSummary)
            {
                table.AddRow([format.Percent(line.Rate), format.Amount(line.NetBase), format.Amount(line.Tax)]);
            }
        }

        // A long tax summary may have moved on to a new page; the box stayed on the first one.
        flow.Y = (flow.PageCount == page ? Math.Max(flow.Y, boxBottom) : flow.Y) + 14;
    }

    private static double RowHeight(PageFlow flow, bool grand) =>
        PdfStyle.LineHeight(grand ? flow.Style.GrandTotal : flow.Style.Body) + (2 * RowPad) + (grand ? 4 : 0);

    private static double DrawBox(PageFlow flow, List<(string Label, string Amount, bool Grand)> rows, double top)
    {
        var style = flow.Style;
        var left = flow.Right - BoxWidth;
        var y = top;
        foreach (var (label, amount, grand) in rows)
        {
            var font = grand ? style.GrandTotal : style.Body;
            var height = RowHeight(flow, grand);
            if (grand)
            {
                flow.Gfx.DrawRectangle(style.Band, left, y, BoxWidth, height);
                flow.Gfx.DrawLine(style.StrongRule, left, y, flow.Right, y);
            }

            var textTop = y + ((height - PdfStyle.LineHeight(font)) / 2);
            var labelLines = TextWrapper.Wrap(flow.Gfx, label, font, BoxWidth / 2, maxLines: 1);
            if (labelLines.Count > 0)
            {
                flow.DrawText(labelLines[0], font, style.Ink, left + 6, textTop);
            }

            flow.DrawTextRight(amount, font, style.Ink, flow.Right - 6, textTop);
            y += height;
        }

        return y;
    }
}
