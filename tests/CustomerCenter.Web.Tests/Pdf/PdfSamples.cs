using CustomerCenter.Web.Features.Pdf;

namespace CustomerCenter.Web.Tests.Pdf;

/// <summary>
/// Writes sample PDFs for a person to look at when CC_PDF_SAMPLES names a folder
/// (CC_PDF_SAMPLES=/tmp/pdf dotnet test --filter "FullyQualifiedName~Pdf"); otherwise it only renders them.
/// </summary>
public sealed class PdfSamples
{
    [Fact]
    public void Samples_render()
    {
        var folder = Environment.GetEnvironmentVariable("CC_PDF_SAMPLES");
        var samples = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["invoice-en.pdf"] = BusinessDocumentRenderer.Render(PdfTestData.Document(PdfTestData.StandardLines("EUR"), amountPaid: 10_000)),
            ["invoice-de-60-lines.pdf"] = BusinessDocumentRenderer.Render(
                PdfTestData.Document([.. PdfTestData.StandardLines("EUR"), .. PdfTestData.NumberedLines(57, "EUR")], language: "de", number: "RE-2026-0042")),
            ["delivery-note-en.pdf"] = BusinessDocumentRenderer.Render(
                PdfTestData.Document(PdfTestData.StandardLines("EUR"), kind: BusinessDocumentKind.DeliveryNote, number: "DN-2026-0007")),
            ["quote-fr-draft.pdf"] = BusinessDocumentRenderer.Render(
                PdfTestData.Document(PdfTestData.StandardLines("EUR"), language: "fr", kind: BusinessDocumentKind.Quote, number: null) with
                {
                    Dates = new BusinessDocumentDates(new DateOnly(2026, 3, 5)) { ValidUntil = new DateOnly(2026, 4, 5) },
                }),
            ["invoice-hostile-text-en.pdf"] = BusinessDocumentRenderer.Render(PdfTestData.Document(
                [
                    PdfTestData.Line(new string('A', 500), 1, 10, "EUR"),
                    PdfTestData.Line("<script>alert(1)</script> =cmd|' /C calc'!A0 " + string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 300)), 2, 5, "EUR"),
                ],
                customer: PdfTestData.Customer with { Name = new string('B', 120) })),
            ["statement-activity-en.pdf"] = StatementRenderer.Render(PdfTestData.SampleStatement(StatementStyle.Activity)),
            ["statement-open-items-de.pdf"] = StatementRenderer.Render(PdfTestData.SampleStatement(StatementStyle.OpenItems, language: "de")),
        };

        Assert.All(samples.Values, pdf => Assert.True(pdf.Length > 1000));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            foreach (var (name, pdf) in samples)
            {
                File.WriteAllBytes(Path.Combine(folder, name), pdf);
            }
        }
    }
}
