using CustomerCenter.Web.Features.Pdf;

namespace CustomerCenter.Web.Tests.Pdf;

public sealed class PdfUserTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("/JS (app.alert(1)) >>")]
    [InlineData("'); DROP TABLE x;--")]
    public void Hostile_text_prints_verbatim_as_text(string hostile)
    {
        var customer = PdfTestData.Customer with { Name = hostile };
        var document = PdfTestData.Document([PdfTestData.Line(hostile, 1, 10, "EUR")], customer: customer) with { Notes = hostile };

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Equal(3, pdf.Count(hostile));
    }

    [Fact]
    public void Control_and_bidi_override_characters_are_dropped()
    {
        var document = PdfTestData.Document([PdfTestData.Line("Bell\u0007and\u0000null\u001B[31m and \u202Egnp.exe", 1, 10, "EUR")]);

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Contains("Bellandnull[31m and gnp.exe", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(pdf.Letters, l => l.Value.Any(c => char.IsControl(c) || c == '\u202E'));
    }

    [Fact]
    public void Characters_missing_from_the_font_print_as_replacement_marks()
    {
        var customer = PdfTestData.Customer with { Name = "株式会社 Łódź" };
        var document = PdfTestData.Document([PdfTestData.Line("漢字 😀 Ελλάδα Москва item", 1, 10, "EUR")], customer: customer);

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        Assert.Contains("\uFFFD\uFFFD\uFFFD\uFFFD Łódź", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("\uFFFD\uFFFD \uFFFD Ελλάδα Москва item", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_in_a_description_start_new_lines()
    {
        var document = PdfTestData.Document([PdfTestData.Line("First line\r\nSecond line\rThird line\n\nAfter a blank line", 1, 10, "EUR")]);

        using var pdf = new PdfReader(BusinessDocumentRenderer.Render(document));

        var words = pdf.Pages[0].GetWords().ToList();
        double Baseline(string word) => words.Single(w => w.Text == word).BoundingBox.Bottom;
        var lineHeight = Baseline("First") - Baseline("Second");
        Assert.True(lineHeight > 5);
        Assert.Equal(lineHeight, Baseline("Second") - Baseline("Third"), 1);
        Assert.Equal(2 * lineHeight, Baseline("Third") - Baseline("After"), 1);
    }
}
