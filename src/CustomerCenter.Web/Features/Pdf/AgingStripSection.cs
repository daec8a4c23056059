namespace CustomerCenter.Web.Features.Pdf;

/// <summary>The aging strip under a statement: one cell per bucket (label over amount) and the total, as of the end date.</summary>
internal static class AgingStripSection
{
    private const double CellPad = 4;

    public static void Draw(PageFlow flow, StatementPdf statement, PdfTexts texts, PdfFormatter format)
    {
        var style = flow.Style;
        var labels = AgingLabels.For(statement.Aging.DayLimits, texts);
        labels.Add(texts.AgingTotal);
        List<long> amounts = [.. statement.Aging.Amounts, statement.Aging.Amounts.Sum()];

        var cellWidth = flow.Width / labels.Count;
        var labelLines = labels.Select(l => TextWrapper.Wrap(flow.Gfx, l, style.SmallBold, cellWidth - (2 * CellPad), maxLines: 2)).ToList();
        var amountLines = amounts.Select(a => TextWrapper.Wrap(flow.Gfx, format.Amount(a), style.Bold, cellWidth - (2 * CellPad), maxLines: 2)).ToList();
        var labelHeight = (labelLines.Max(l => l.Count) * PdfStyle.LineHeight(style.SmallBold)) + (2 * CellPad);
        var amountHeight = (amountLines.Max(l => l.Count) * PdfStyle.LineHeight(style.Bold)) + (2 * CellPad);
        var headingHeight = PdfStyle.LineHeight(style.Heading) + 4;

        flow.Y += 18;
        flow.EnsureSpace(headingHeight + labelHeight + amountHeight);
        var heading = string.Format(texts.Culture, texts.AgingAsOf, format.Date(statement.PeriodTo)) + $" ({format.CurrencyCode})";
        flow.DrawText(heading, style.Heading, style.Ink, flow.Left, flow.Y);
        flow.Y += headingHeight;

        var top = flow.Y;
        flow.Gfx.DrawRectangle(style.Band, flow.Left, top, flow.Width, labelHeight);
        for (var i = 0; i < labels.Count; i++)
        {
            var right = flow.Left + ((i + 1) * cellWidth) - CellPad;
            var isTotal = i == labels.Count - 1;
            for (var line = 0; line < labelLines[i].Count; line++)
            {
                flow.DrawTextRight(labelLines[i][line], style.SmallBold, style.Muted, right, top + CellPad + (line * PdfStyle.LineHeight(style.SmallBold)));
            }

            for (var line = 0; line < amountLines[i].Count; line++)
            {
                var brush = isTotal ? style.Accent : style.Ink;
                flow.DrawTextRight(amountLines[i][line], style.Bold, brush, right, top + labelHeight + CellPad + (line * PdfStyle.LineHeight(style.Bold)));
            }

            if (i > 0)
            {
                var x = flow.Left + (i * cellWidth);
                flow.Gfx.DrawLine(style.Rule, x, top, x, top + labelHeight + amountHeight);
            }
        }

        flow.Y = top + labelHeight + amountHeight;
        flow.Gfx.DrawLine(style.StrongRule, flow.Left, flow.Y, flow.Right, flow.Y);
        flow.Y += 8;
    }
}
