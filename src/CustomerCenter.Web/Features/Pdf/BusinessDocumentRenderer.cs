using PdfSharp.Pdf;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>Prints quotes, order confirmations, delivery notes, invoices and credit notes as A4 PDFs.</summary>
public static class BusinessDocumentRenderer
{
    private const double SectionGap = 14;

    /// <summary>The document as PDF bytes. Safe to call from many threads at once.</summary>
    public static byte[] Render(BusinessDocumentPdf document)
    {
        ArgumentNullException.ThrowIfNull(document);
        PdfFontSetup.EnsureRegistered();
        var texts = PdfTexts.For(document.Language);
        var format = new PdfFormatter(texts, document.CurrencyCode);
        var title = texts.Title(document.Kind);
        var fullTitle = document.Number is null ? $"{title} ({texts.Draft})" : $"{title} {document.Number}";

        using var pdf = new PdfDocument();
        pdf.Info.Title = fullTitle;
        pdf.Info.Author = document.Seller.Name;
        pdf.Info.Subject = document.Customer.Name;
        pdf.Info.Creator = "Customer Center";

        var frame = new PageFrame(
            $"{fullTitle}  ·  {document.Customer.Name}",
            SellerFooter.Columns(document.Seller, texts),
            texts.PageOf,
            document.Number is null ? texts.Draft.ToUpper(texts.Culture) : null);
        using var flow = new PageFlow(pdf, new PdfStyle(), frame);

        DocumentHeader.Draw(flow, document.Seller, title, Addresses(document, texts), Facts(document, texts, format));
        DrawLinks(flow, document.Links);
        BusinessDocumentLinesTable.Draw(flow, document, texts, format);
        if (document.Kind == BusinessDocumentKind.DeliveryNote)
        {
            DrawSignature(flow, texts);
        }
        else
        {
            BusinessDocumentTotalsSection.Draw(flow, document, texts, format);
            DrawPayment(flow, document, texts, format);
        }

        DrawSection(flow, texts.Notes, document.Notes, small: false);
        DrawSection(flow, texts.Terms, document.Terms, small: true);
        return flow.Finish();
    }

    private static List<AddressColumn> Addresses(BusinessDocumentPdf document, PdfTexts texts)
    {
        var customer = document.Customer;
        List<string> billTo = [customer.Name, .. customer.BillingAddressLines];
        if (!string.IsNullOrWhiteSpace(customer.VatNumber))
        {
            billTo.Add($"{texts.VatNumber} {customer.VatNumber}");
        }

        List<AddressColumn> columns = [new(texts.BillTo, billTo)];
        if (document.ShippingAddressLines.Count > 0)
        {
            columns.Add(new(texts.ShipTo, document.ShippingAddressLines));
        }

        return columns;
    }

    private static List<DocumentFact> Facts(BusinessDocumentPdf document, PdfTexts texts, PdfFormatter format)
    {
        var dates = document.Dates;
        List<DocumentFact> facts =
        [
            new(texts.Number, document.Number ?? texts.Draft),
            new(texts.Date, format.Date(dates.DocumentDate)),
        ];
        if (document.Kind != BusinessDocumentKind.DeliveryNote)
        {
            AddDate(facts, texts.DueDate, dates.DueDate, format);
        }

        AddDate(facts, texts.ValidUntil, dates.ValidUntil, format);
        AddDate(facts, texts.DeliveryDate, dates.DeliveryDate, format);
        if (!string.IsNullOrWhiteSpace(document.Customer.Number))
        {
            facts.Add(new(texts.CustomerNumber, document.Customer.Number));
        }

        if (!string.IsNullOrWhiteSpace(document.Reference))
        {
            facts.Add(new(texts.Reference, document.Reference));
        }

        if (document.Kind != BusinessDocumentKind.DeliveryNote)
        {
            facts.Add(new(texts.Currency, format.CurrencyCode));
        }

        return facts;
    }

    private static void AddDate(List<DocumentFact> facts, string label, DateOnly? date, PdfFormatter format)
    {
        if (date is { } value)
        {
            facts.Add(new(label, format.Date(value)));
        }
    }

    private static void DrawLinks(PageFlow flow, IReadOnlyList<string> links)
    {
        foreach (var link in links)
        {
            flow.DrawParagraph(link, flow.Style.Italic, flow.Style.Muted, flow.Left, flow.Width);
        }

        if (links.Count > 0)
        {
            flow.Y += 6;
        }
    }

    private static void DrawPayment(PageFlow flow, BusinessDocumentPdf document, PdfTexts texts, PdfFormatter format)
    {
        var style = flow.Style;
        if (document.Kind == BusinessDocumentKind.Invoice
            && document.Number is { } number
            && document.Dates.DueDate is { } due
            && document.Totals.AmountDue > 0)
        {
            var request = string.Format(texts.Culture, texts.PleasePay, format.AmountWithCurrency(document.Totals.AmountDue), format.Date(due), number);
            flow.DrawParagraph(request, style.Bold, style.Ink, flow.Left, flow.Width);
        }

        if (!string.IsNullOrWhiteSpace(document.PaymentTerms))
        {
            flow.DrawParagraph($"{texts.PaymentTerms}: {document.PaymentTerms}", style.Body, style.Ink, flow.Left, flow.Width);
        }
    }

    private static void DrawSection(PageFlow flow, string heading, string? text, bool small)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var style = flow.Style;
        var font = small ? style.Small : style.Body;
        flow.Y += SectionGap;
        // Keep the heading with at least two lines of its text.
        flow.EnsureSpace(PdfStyle.LineHeight(style.Heading) + (2 * PdfStyle.LineHeight(font)));
        flow.DrawText(heading, style.Heading, style.Ink, flow.Left, flow.Y);
        flow.Y += PdfStyle.LineHeight(style.Heading) + 2;
        flow.DrawParagraph(text, font, small ? style.Muted : style.Ink, flow.Left, flow.Width);
    }

    private static void DrawSignature(PageFlow flow, PdfTexts texts)
    {
        var style = flow.Style;
        flow.Y += SectionGap;
        flow.EnsureSpace(70);
        flow.DrawText(texts.GoodsReceived, style.Body, style.Ink, flow.Left, flow.Y);
        flow.Y += 44;
        flow.Gfx.DrawLine(style.StrongRule, flow.Left, flow.Y, flow.Left + 220, flow.Y);
        flow.DrawText(texts.DateAndSignature, style.Small, style.Muted, flow.Left, flow.Y + 3);
        flow.Y += 20;
    }
}
