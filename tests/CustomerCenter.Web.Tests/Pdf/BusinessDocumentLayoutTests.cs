using System.Text.RegularExpressions;
using CustomerCenter.Web.Features.Pdf;

namespace CustomerCenter.Web.Tests.Pdf;

public sealed partial class BusinessDocumentLayoutTests
{
    [Fact]
    public void Three_hundred_lines_paginate_with_every_line_once_and_the_header_on_every_page()
    {
        var document = PdfTestData.Document(PdfTestData.NumberedLines(300, "EUR"));

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.True(pdf.Pages.Count >= 5, $"only {pdf.Pages.Count} pages");
        for (var i = 1; i <= 300; i++)
        {
            Assert.Equal(1, pdf.Count(PdfTestData.Article(i)));
        }

        for (var page = 1; page <= pdf.Pages.Count; page++)
        {
            var text = pdf.Pages[page - 1].Text;
            Assert.Contains($"Page {page} of {pdf.Pages.Count}", text, StringComparison.Ordinal);
            Assert.Contains("DE89 3704 0044 0532 0130 00", text, StringComparison.Ordinal);
        }

        // Every page that carries lines starts them under a repeated column header.
        foreach (var page in pdf.Pages.Where(p => p.Text.Contains("Article <", StringComparison.Ordinal)))
        {
            Assert.Contains("Unit price", page.Text, StringComparison.Ordinal);
        }

        Assert.Contains("Invoice INV-2026-0001", pdf.Pages[1].Text, StringComparison.Ordinal);
        AssertInsidePrintableArea(pdf);
    }

    [Fact]
    public void Lines_keep_their_order_across_pages()
    {
        var document = PdfTestData.Document(PdfTestData.NumberedLines(120, "EUR"));

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        var numbers = ArticleNumber().Matches(pdf.Text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 120), numbers);
    }

    [Fact]
    public void A_five_thousand_character_description_wraps_over_pages_inside_the_margins()
    {
        var words = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"w{i:000}"));
        var description = words[..4990] + " ENDMARK";
        var document = PdfTestData.Document([PdfTestData.Line(description, 1, 10, "EUR"), PdfTestData.Line("After the long one", 1, 5, "EUR")]);

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        var text = pdf.Text;
        Assert.Contains("ENDMARK", text, StringComparison.Ordinal);
        Assert.Contains("w000", text, StringComparison.Ordinal);
        Assert.Contains("w997", text, StringComparison.Ordinal);
        Assert.Contains("After the long one", text, StringComparison.Ordinal);
        Assert.True(pdf.Pages.Count >= 2);
        AssertInsidePrintableArea(pdf);
    }

    [Fact]
    public void A_five_hundred_character_word_is_broken_inside_the_margins()
    {
        var word = new string('A', 500);
        var customer = PdfTestData.Customer with { Name = new string('B', 300), BillingAddressLines = [new string('C', 400)] };
        var document = PdfTestData.Document([PdfTestData.Line(word, 1, 10, "EUR", unit: new string('U', 60))], customer: customer) with
        {
            Notes = new string('N', 2000),
            Reference = new string('R', 200),
        };

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.True(pdf.Letters.Count(l => l.Value == "A") >= 500);
        Assert.True(pdf.Letters.Count(l => l.Value == "N") >= 2000);
        AssertInsidePrintableArea(pdf);
    }

    [Fact]
    public void Many_address_and_seller_lines_stay_on_the_first_page()
    {
        var customer = PdfTestData.Customer with { BillingAddressLines = [.. Enumerable.Range(1, 60).Select(i => $"Address line {i}")] };
        var seller = PdfTestData.Seller with { AddressLines = [.. Enumerable.Range(1, 60).Select(i => $"Seller line {i}")] };
        var document = PdfTestData.Document(PdfTestData.StandardLines("EUR"), customer: customer) with { Seller = seller };

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Contains("Industrial stapler", pdf.Pages[0].Text, StringComparison.Ordinal);
        AssertInsidePrintableArea(pdf);
    }

    /// <summary>No glyph may cross the side margins or leave the page vertically.</summary>
    internal static void AssertInsidePrintableArea(PdfReader pdf)
    {
        foreach (var page in pdf.Pages)
        {
            foreach (var letter in page.Letters)
            {
                var box = letter.BoundingBox;
                Assert.True(box.Left >= PageFlow.Margin - 0.5 && box.Right <= page.Width - PageFlow.Margin + 0.5, $"'{letter.Value}' at x {box.Left:0.0}–{box.Right:0.0}");
                Assert.True(box.Bottom >= 0 && box.Top <= page.Height, $"'{letter.Value}' at y {box.Bottom:0.0}");
            }
        }
    }

    [GeneratedRegex("Article <(\\d{4})>")]
    private static partial Regex ArticleNumber();
}
