using System.Globalization;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>The document's lines. Delivery notes show what was delivered, without prices.</summary>
internal static class BusinessDocumentLinesTable
{
    public static void Draw(PageFlow flow, BusinessDocumentPdf document, PdfTexts texts, PdfFormatter format)
    {
        var withPrices = document.Kind != BusinessDocumentKind.DeliveryNote;
        // The discount column only earns its width when some line has a discount.
        var withDiscount = withPrices && document.Lines.Any(l => l.DiscountPercent != 0);
        var table = new PdfTable(flow, Columns(texts, withPrices, withDiscount));
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            List<string> cells =
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                line.Description,
                format.Quantity(line.Quantity),
                line.Unit ?? "",
            ];
            if (withPrices)
            {
                cells.Add(format.UnitPrice(line.UnitPrice));
                if (withDiscount)
                {
                    cells.Add(line.DiscountPercent == 0 ? "" : format.Percent(line.DiscountPercent));
                }

                cells.Add(format.Percent(line.TaxRate));
                cells.Add(format.Amount(line.LineNet));
            }

            table.AddRow(cells);
        }
    }

    private static List<TableColumn> Columns(PdfTexts texts, bool withPrices, bool withDiscount)
    {
        if (!withPrices)
        {
            return [new("#", 24), new(texts.Description, 0), new(texts.Quantity, 70, AlignRight: true), new(texts.Unit, 60)];
        }

        List<TableColumn> columns =
        [
            new("#", 22),
            new(texts.Description, 0),
            new(texts.Quantity, 44, AlignRight: true),
            new(texts.Unit, 42),
            new(texts.UnitPrice, 66, AlignRight: true),
        ];
        if (withDiscount)
        {
            columns.Add(new(texts.Discount, 40, AlignRight: true));
        }

        columns.Add(new(texts.TaxRate, 40, AlignRight: true));
        columns.Add(new(texts.Amount, 72, AlignRight: true));
        return columns;
    }
}
