using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using UglyToad.PdfPig;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Sales;

public sealed class DocumentPdfApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_posted_invoice_pdf_shows_its_number_customer_and_total()
    {
        var api = await app.ApiAs(StaffRole.Admin);
        await api.EnsureTaxRatesAsync();
        var customer = await api.CreateCustomerAsync("Pdf Buyer GmbH");
        var draft = await api.CreateDocumentAsync("invoices", customer.Id(), Line("Design work", 3, 400m), Line("Hosting", 12, 9.99m, 7m));
        var invoice = await api.ActAsync("invoices", draft.Id(), "post");

        var response = await api.GetAsync(new Uri($"/api/v1/invoices/{invoice.Id()}/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains(invoice.Str("number"), text, StringComparison.Ordinal);
        Assert.Contains("Pdf Buyer GmbH", text, StringComparison.Ordinal);
        Assert.Contains("1,556.27", text, StringComparison.Ordinal);
        Assert.Equal(1556.27m, invoice.Dec("total"));
    }

    [Fact]
    public async Task A_draft_pdf_says_draft_and_an_unknown_document_is_404()
    {
        var api = await app.ApiAs(StaffRole.Admin);
        await api.EnsureTaxRatesAsync();
        var customer = await api.CreateCustomerAsync();
        var quote = await api.CreateDocumentAsync("quotes", customer.Id(), Line("Offer", 1, 10m));

        var response = await api.GetAsync(new Uri($"/api/v1/quotes/{quote.Id()}/pdf", UriKind.Relative));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("DRAFT", string.Join(" ", pdf.GetPages().Select(p => p.Text)), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri("/api/v1/invoices/99999999/pdf", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri($"/api/v1/invoices/{quote.Id()}/pdf", UriKind.Relative))).StatusCode);
    }
}
