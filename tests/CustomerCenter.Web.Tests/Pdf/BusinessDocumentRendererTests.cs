using System.Globalization;
using CustomerCenter.Domain;
using CustomerCenter.Web.Features.Pdf;

namespace CustomerCenter.Web.Tests.Pdf;

public sealed class BusinessDocumentRendererTests
{
    [Fact]
    public void Invoice_shows_number_customer_seller_and_total()
    {
        var document = PdfTestData.Document(PdfTestData.StandardLines("EUR"));

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        var text = pdf.Text;
        Assert.Contains("INV-2026-0001", text, StringComparison.Ordinal);
        Assert.Contains("Contoso Ltd", text, StringComparison.Ordinal);
        Assert.Contains("1 Harbour Road", text, StringComparison.Ordinal);
        Assert.Contains("Northwind Traders GmbH", text, StringComparison.Ordinal);
        Assert.Contains("DE123456789", text, StringComparison.Ordinal);
        Assert.Contains(Total(document, "en-GB"), text, StringComparison.Ordinal);
        Assert.Contains("Based on order SO-2026-0003", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoice_lists_the_tax_summary_per_rate_and_asks_for_payment_by_the_due_date()
    {
        var document = PdfTestData.Document(PdfTestData.StandardLines("EUR"));

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        var text = pdf.Text;
        Assert.Equal(2, document.TaxSummary.Count);
        Assert.Contains("20%", text, StringComparison.Ordinal);
        Assert.Contains("7%", text, StringComparison.Ordinal);
        foreach (var rate in document.TaxSummary)
        {
            Assert.Contains(new Money(rate.Tax, "EUR").ToDecimal().ToString("N2", CultureInfo.GetCultureInfo("en-GB")), text, StringComparison.Ordinal);
        }

        Assert.Contains($"Please pay {Total(document, "en-GB")} by 4 Apr 2026, quoting INV-2026-0001.", text, StringComparison.Ordinal);
        Assert.Contains("Payment terms: 30 days net", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_info_names_the_document_and_the_seller()
    {
        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(PdfTestData.Document(PdfTestData.StandardLines("EUR"))));

        Assert.Equal("Invoice INV-2026-0001", pdf.Title);
        Assert.Equal("Northwind Traders GmbH", pdf.Author);
    }

    [Fact]
    public void German_invoice_uses_german_labels_numbers_and_dates()
    {
        var document = PdfTestData.Document(PdfTestData.StandardLines("EUR"), language: "de");

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        var text = pdf.Text;
        Assert.Contains("Rechnung", text, StringComparison.Ordinal);
        Assert.Contains("Gesamtbetrag", text, StringComparison.Ordinal);
        Assert.Contains("05.03.2026", text, StringComparison.Ordinal);
        Assert.Contains("Seite 1 von 1", text, StringComparison.Ordinal);
        Assert.Contains("20 %", text, StringComparison.Ordinal);
        var total = Total(document, "de-DE");
        Assert.Matches(@"^\d{1,3}(\.\d{3})*,\d{2} EUR$", total);
        Assert.Contains(total, text, StringComparison.Ordinal);
        Assert.Equal("Rechnung INV-2026-0001", pdf.Title);
    }

    [Fact]
    public void French_invoice_groups_digits_the_french_way()
    {
        var document = PdfTestData.Document([PdfTestData.Line("Conseil", 10, 123.45m, "EUR")], language: "fr");

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Contains("Facture", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("1\u202F481,40 EUR", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_without_a_template_prints_in_english()
    {
        var document = PdfTestData.Document(PdfTestData.StandardLines("EUR"), language: "es");

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Contains("Invoice", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(Total(document, "en-GB"), pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Yen_amounts_have_no_decimals()
    {
        var document = PdfTestData.Document([PdfTestData.Line("Consulting", 3, 41_152m, "JPY", taxRate: 10)], currency: "JPY");

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Equal(135_802, document.Totals.Total);
        Assert.Contains("135,802 JPY", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("41,152", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("135,802.", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Kuwaiti_dinar_amounts_have_three_decimals()
    {
        var document = PdfTestData.Document([PdfTestData.Line("Consulting", 2, 617.2835m, "KWD", taxRate: 0)], currency: "KWD");

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Equal(1_234_567, document.Totals.Total);
        Assert.Contains("1,234.567 KWD", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("617.2835", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Partly_paid_invoice_shows_paid_and_amount_due()
    {
        var document = PdfTestData.Document(PdfTestData.StandardLines("EUR"), amountPaid: 10_000);

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Contains("Amount due", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("-100.00 EUR", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(new Money(document.Totals.AmountDue, "EUR").Format(CultureInfo.GetCultureInfo("en-GB")), pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_without_number_is_marked_as_draft()
    {
        var document = PdfTestData.Document(PdfTestData.StandardLines("EUR"), number: null);

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Contains("DRAFT", pdf.Text, StringComparison.Ordinal);
        Assert.Equal("Invoice (Draft)", pdf.Title);
        Assert.DoesNotContain("Please pay", pdf.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BusinessDocumentKind.Quote, "Quote")]
    [InlineData(BusinessDocumentKind.SalesOrder, "Order confirmation")]
    [InlineData(BusinessDocumentKind.CreditNote, "Credit note")]
    public void Every_priced_kind_prints_its_title_and_total(BusinessDocumentKind kind, string title)
    {
        var document = PdfTestData.Document(PdfTestData.StandardLines("EUR"), kind: kind, number: "DOC-1");

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Contains(title, pdf.Text, StringComparison.Ordinal);
        Assert.Contains(Total(document, "en-GB"), pdf.Text, StringComparison.Ordinal);
        Assert.Equal($"{title} DOC-1", pdf.Title);
    }

    [Fact]
    public void Delivery_note_shows_quantities_but_no_prices()
    {
        var document = PdfTestData.Document(PdfTestData.StandardLines("EUR"), kind: BusinessDocumentKind.DeliveryNote, number: "DN-2026-0001");

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        var text = pdf.Text;
        Assert.Contains("Delivery note", text, StringComparison.Ordinal);
        Assert.Contains("Industrial stapler, heavy duty", text, StringComparison.Ordinal);
        Assert.Contains("3.5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("49.90", text, StringComparison.Ordinal);
        Assert.DoesNotContain("EUR", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unit price", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Total", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_are_embedded_dejavu_subsets()
    {
        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(PdfTestData.Document(PdfTestData.StandardLines("EUR"))));

        var fonts = pdf.Fonts().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font =>
        {
            Assert.True(PdfReader.IsSubsetName(font.BaseFont), font.BaseFont);
            Assert.True(font.Embedded, $"{font.BaseFont} is not embedded");
        });
    }

    [Fact]
    public void Documents_render_in_parallel()
    {
        var documents = Enumerable.Range(0, 8)
            .Select(i => PdfTestData.Document(PdfTestData.NumberedLines(40, "EUR"), number: $"INV-P-{i}", language: i % 2 == 0 ? "de" : "fr"))
            .ToList();

        var rendered = documents.AsParallel().Select(BusinessDocumentRenderer.Render).ToList();

        for (var i = 0; i < rendered.Count; i++)
        {
            using var pdf = new PdfReader(rendered[i]);
            Assert.Contains($"INV-P-{i}", pdf.Text, StringComparison.Ordinal);
        }
    }

    private static string Total(BusinessDocumentPdf document, string culture) =>
        new Money(document.Totals.Total, document.CurrencyCode).Format(CultureInfo.GetCultureInfo(culture));
}
