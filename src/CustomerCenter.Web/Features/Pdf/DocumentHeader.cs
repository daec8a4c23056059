namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// The top of the first page: seller name and address beside the document title, an accent rule, then the
/// addresses and the document's facts (number, dates…) in columns. Every block is capped in lines, so however much
/// a user typed into an address the header stays on the first page.
/// </summary>
internal static class DocumentHeader
{
    private const int MaxAddressLines = 9;
    private const double ColumnGap = 14;

    public static void Draw(PageFlow flow, PdfSeller seller, string title, IReadOnlyList<AddressColumn> addresses, IReadOnlyList<DocumentFact> facts)
    {
        DrawTitleRow(flow, seller, title);
        DrawColumns(flow, addresses, facts);
    }

    private static void DrawTitleRow(PageFlow flow, PdfSeller seller, string title)
    {
        var style = flow.Style;
        var gfx = flow.Gfx;
        var top = flow.Y;
        var titleWidth = TextWrapper.Measure(gfx, SafeText.Clean(title, style.Title, keepLineBreaks: false), style.Title);
        flow.DrawTextRight(title, style.Title, style.Ink, flow.Right, top - 4);

        var nameWidth = flow.Width - Math.Min(titleWidth, flow.Width / 2) - ColumnGap;
        var y = top;
        foreach (var line in TextWrapper.Wrap(gfx, seller.Name, style.SellerName, nameWidth, maxLines: 2))
        {
            flow.DrawText(line, style.SellerName, style.Accent, flow.Left, y);
            y += PdfStyle.LineHeight(style.SellerName);
        }

        var address = string.Join("  ·  ", seller.AddressLines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()));
        foreach (var line in TextWrapper.Wrap(gfx, address, style.Small, nameWidth, maxLines: 3))
        {
            flow.DrawText(line, style.Small, style.Muted, flow.Left, y);
            y += PdfStyle.LineHeight(style.Small);
        }

        flow.Y = Math.Max(y, top + PdfStyle.LineHeight(style.Title)) + 8;
        flow.Gfx.DrawLine(style.StrongRule, flow.Left, flow.Y, flow.Right, flow.Y);
        flow.Y += 14;
    }

    private static void DrawColumns(PageFlow flow, IReadOnlyList<AddressColumn> addresses, IReadOnlyList<DocumentFact> facts)
    {
        var (factsWidth, labelWidth) = FactsWidths(flow, facts);
        var factsLeft = flow.Right - factsWidth;
        var addressWidth = ((factsLeft - ColumnGap - flow.Left) / Math.Max(addresses.Count, 1)) - ColumnGap;
        var top = flow.Y;
        var bottom = top;
        for (var i = 0; i < addresses.Count; i++)
        {
            bottom = Math.Max(bottom, DrawAddress(flow, addresses[i], flow.Left + (i * (addressWidth + ColumnGap)), top, addressWidth));
        }

        flow.Y = Math.Max(bottom, DrawFacts(flow, facts, factsLeft, top, factsWidth, labelWidth)) + 18;
    }

    /// <summary>As wide as the longest label and value need, within a third to a half of the page.</summary>
    private static (double Width, double LabelWidth) FactsWidths(PageFlow flow, IReadOnlyList<DocumentFact> facts)
    {
        var style = flow.Style;
        double Widest(IEnumerable<string> texts, PdfSharp.Drawing.XFont font) =>
            texts.Select(t => TextWrapper.Measure(flow.Gfx, SafeText.Clean(t, font, keepLineBreaks: false), font)).DefaultIfEmpty(0).Max();

        var labelWidth = Widest(facts.Select(f => f.Label), style.Body) + 12;
        var width = Math.Clamp(labelWidth + Widest(facts.Select(f => f.Value), style.Bold), flow.Width * 0.34, flow.Width * 0.5);
        return (width, Math.Min(labelWidth, width * 0.55));
    }

    private static double DrawAddress(PageFlow flow, AddressColumn column, double left, double top, double width)
    {
        var style = flow.Style;
        flow.DrawText(column.Heading.ToUpperInvariant(), style.SmallBold, style.Muted, left, top);
        var y = top + PdfStyle.LineHeight(style.SmallBold) + 2;
        var printed = 0;
        for (var i = 0; i < column.Lines.Count && printed < MaxAddressLines; i++)
        {
            var font = i == 0 ? style.Bold : style.Body;
            foreach (var line in TextWrapper.Wrap(flow.Gfx, column.Lines[i], font, width, maxLines: Math.Min(2, MaxAddressLines - printed)))
            {
                flow.DrawText(line, font, style.Ink, left, y);
                y += PdfStyle.LineHeight(font);
                printed++;
            }
        }

        return y;
    }

    private static double DrawFacts(PageFlow flow, IReadOnlyList<DocumentFact> facts, double left, double top, double width, double labelWidth)
    {
        var style = flow.Style;
        var lineHeight = PdfStyle.LineHeight(style.Body);
        var y = top;
        foreach (var fact in facts)
        {
            var labelLines = TextWrapper.Wrap(flow.Gfx, fact.Label, style.Body, labelWidth - 8, maxLines: 2);
            var valueLines = TextWrapper.Wrap(flow.Gfx, fact.Value, style.Bold, width - labelWidth, maxLines: 2);
            for (var i = 0; i < labelLines.Count; i++)
            {
                flow.DrawText(labelLines[i], style.Body, style.Muted, left, y + (i * lineHeight));
            }

            for (var i = 0; i < valueLines.Count; i++)
            {
                flow.DrawTextRight(valueLines[i], style.Bold, style.Ink, left + width, y + (i * lineHeight));
            }

            y += Math.Max(Math.Max(labelLines.Count, valueLines.Count), 1) * lineHeight;
        }

        return y;
    }
}
