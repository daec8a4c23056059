using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Settings;

public sealed class SettingsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Company_details_saved_on_the_page_are_printed_on_invoices()
    {
        var admin = await app.SignInAs(StaffRole.Admin);
        var page = await admin.GetAsync("/settings/company");
        var after = await admin.SubmitAsync(page, "@company", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Acme Supplies GmbH",
            ["Form.City"] = "Hamburg",
            ["Form.Country"] = "DE",
            ["Form.VatNumber"] = "DE123456789",
        });
        Assert.Contains("saved", after.QuerySelector(".flash.success")!.TextContent, StringComparison.Ordinal);

        var api = await app.ApiAs(StaffRole.Admin);
        await api.EnsureTaxRatesAsync();
        var (_, invoice) = await api.PostedInvoiceAsync(10m);
        var pdf = await api.GetByteArrayAsync(new Uri($"/api/v1/invoices/{invoice.Id()}/pdf", UriKind.Relative));
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains("Acme Supplies GmbH", text, StringComparison.Ordinal);
        Assert.Contains("DE123456789", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_company_details_are_refused_field_by_field()
    {
        var api = await app.ApiAs(StaffRole.Admin);
        var response = await api.PutJsonAsync("/api/v1/settings/company", new { name = "", email = "nope", country = "XX", quoteValidityDays = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "name", "email", "country", "quoteValidityDays" })
        {
            Assert.NotEmpty(await response.FieldErrorsAsync(field));
        }

        var sales = await app.ApiAs(StaffRole.Sales);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PutJsonAsync("/api/v1/settings/company", new { name = "Hijack" })).StatusCode);
    }

    [Fact]
    public async Task A_new_invoice_number_format_applies_to_the_next_posted_invoice()
    {
        var api = await app.ApiAs(StaffRole.Admin);
        await api.EnsureTaxRatesAsync();
        var bad = await api.PutJsonAsync("/api/v1/settings/number-formats/invoice", new { format = "INV-{yyyy}" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotEmpty(await bad.FieldErrorsAsync("format"));

        var ok = await api.PutJsonAsync("/api/v1/settings/number-formats/invoice", new { format = "R{yy}{MM}-{00000}" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var (_, invoice) = await api.PostedInvoiceAsync(5m);

        Assert.Matches(@"^R\d{4}-\d{5}$", invoice.Str("number"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutJsonAsync("/api/v1/settings/number-formats/unknown", new { format = "X-{000}" })).StatusCode);
    }

    [Fact]
    public async Task Tax_rates_are_added_and_deactivated_on_the_page_and_inactive_rates_are_refused_on_lines()
    {
        var admin = await app.SignInAs(StaffRole.Admin);
        var page = await admin.GetAsync("/settings/tax-rates");
        var after = await admin.SubmitAsync(page, "@new-rate", new Dictionary<string, string?> { ["Input.Name"] = "Odd", ["Input.Percent"] = "13.5" });
        Assert.Contains("13.5", after.QuerySelector(".flash.success")!.TextContent, StringComparison.Ordinal);
        var id = await app.WithDbAsync(db => db.TaxRates.Where(r => r.Percent == 13.5m).Select(r => r.Id).SingleAsync());

        await admin.SubmitAsync(after, $"@toggle-{id}");

        Assert.False(await app.WithDbAsync(db => db.TaxRates.Where(r => r.Id == id).Select(r => r.IsActive).SingleAsync()));
        var api = await app.ApiAs(StaffRole.Admin);
        var customer = await api.CreateCustomerAsync();
        var refused = await api.PostJsonAsync("/api/v1/invoices", new { customerId = customer.Id(), lines = new[] { Line("x", 1, 1m, 13.5m) } });
        Assert.NotEmpty(await refused.FieldErrorsAsync("lines[0].taxRate"));
    }

    [Fact]
    public async Task The_numbering_page_saves_a_format_and_shows_an_example()
    {
        var admin = await app.SignInAs(StaffRole.Admin);
        var page = await admin.GetAsync("/settings/numbering");
        var after = await admin.SubmitAsync(page, "@format-quote", new Dictionary<string, string?> { ["Format"] = "OFFER/{yyyy}/{000}" });
        Assert.Contains("OFFER/", after.QuerySelector(".flash.success")!.TextContent, StringComparison.Ordinal);
        var bad = await admin.SubmitAsync(after, "@format-order", new Dictionary<string, string?> { ["Format"] = "<script>" });
        Assert.NotNull(bad.QuerySelector("#error-format"));
    }
}
