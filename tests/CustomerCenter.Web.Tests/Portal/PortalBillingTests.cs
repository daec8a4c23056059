using System.Net;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Tests.Infrastructure;

namespace CustomerCenter.Web.Tests.Portal;

/// <summary>Invoices and their PDFs, due payments, payment history and statements, each as the center's settings allow.</summary>
public sealed class PortalBillingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(PortalWorld World, string Slug, System.Text.Json.Nodes.JsonNode Customer, PortalLogin Owner, PortalLogin User)> CustomerAsync(object? settings = null)
    {
        var world = await PortalWorld.CreateAsync(app);
        var slug = await world.CreateCenterAsync(settings);
        var customer = await world.CreateCustomerAsync(slug);
        return (world, slug, customer, await world.AddLoginAsync(slug, customer.Id(), PortalRole.Owner), await world.AddLoginAsync(slug, customer.Id(), PortalRole.User));
    }

    [Fact]
    public async Task An_invoice_pdf_opens_in_the_browser_or_downloads_and_stays_out_of_caches()
    {
        var (world, slug, customer, owner, _) = await CustomerAsync();
        var invoice = await world.PostedInvoiceAsync(customer.Id(), 120m);
        using var page = await world.SignInAsync(owner);

        var detail = await page.GetAsync($"/cc/{slug}/billing/invoices/{invoice.Id()}");
        Assert.NotNull(detail.QuerySelector($"a[href='/cc/{slug}/billing/invoices/{invoice.Id()}.pdf'][target=_blank]"));
        var inline = await page.RawGetAsync($"/cc/{slug}/billing/invoices/{invoice.Id()}.pdf");
        var download = await page.RawGetAsync($"/cc/{slug}/billing/invoices/{invoice.Id()}.pdf?download=1");

        Assert.Equal("application/pdf", inline.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", inline.Content.Headers.ContentDisposition?.DispositionType ?? inline.Headers.GetValues("Content-Disposition").Single().Split(';')[0]);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("no-store", inline.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using var pdf = new Pdf.PdfReader(await download.Content.ReadAsByteArrayAsync());
        Assert.Contains(invoice.Str("number"), pdf.Text, StringComparison.Ordinal);
        Assert.Contains(customer.Str("name").Replace(" ", "", StringComparison.Ordinal), pdf.Text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_invoice_download_off_there_is_no_pdf_link_and_the_pdf_is_not_found()
    {
        var (world, slug, customer, owner, _) = await CustomerAsync(new { billing = new { allowInvoiceDownload = false } });
        var invoice = await world.PostedInvoiceAsync(customer.Id(), 120m);
        using var page = await world.SignInAsync(owner);

        Assert.Empty((await page.GetAsync($"/cc/{slug}/billing")).QuerySelectorAll("a[href$='.pdf?download=1']"));
        Assert.Empty((await page.GetAsync($"/cc/{slug}/billing/invoices/{invoice.Id()}")).QuerySelectorAll("a[href*='.pdf']"));
        Assert.Equal(HttpStatusCode.NotFound, (await page.RawGetAsync($"/cc/{slug}/billing/invoices/{invoice.Id()}.pdf")).StatusCode);
    }

    [Fact]
    public async Task Due_payments_list_open_invoices_with_days_overdue_and_what_is_due_in_all()
    {
        var (world, slug, customer, owner, _) = await CustomerAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var late = await world.PostedInvoiceAsync(customer.Id(), 100m, today.AddDays(-40), today.AddDays(-10));
        var current = await world.PostedInvoiceAsync(customer.Id(), 50m, today, today.AddDays(30));
        var paid = await world.PostedInvoiceAsync(customer.Id(), 10m);
        await world.PaymentAsync(customer.Id(), 11.9m, (paid.Id(), 11.9m));
        using var page = await world.SignInAsync(owner);

        var due = await page.GetAsync($"/cc/{slug}/billing/due");
        var rows = due.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(late.Str("number"), rows[0], StringComparison.Ordinal);
        Assert.Contains("10", due.QuerySelector("tbody tr td.overdue")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(current.Str("number"), rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain(paid.Str("number"), due.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("178.50 EUR", due.QuerySelector(".tiles")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("119.00 EUR", due.QuerySelector(".tile-alert")!.TextContent, StringComparison.Ordinal);

        var home = await page.GetAsync($"/cc/{slug}");
        Assert.Contains("119.00 EUR", home.QuerySelector("#overdue")!.TextContent, StringComparison.Ordinal);
        var overdueOnly = await page.GetAsync($"/cc/{slug}/billing?status=overdue");
        Assert.Single(overdueOnly.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Payment_history_shows_how_a_payment_was_applied_and_a_role_override_hides_it_from_users()
    {
        var (world, slug, customer, owner, user) = await CustomerAsync(new { roles = new { user = new { billing = new { showPaymentHistory = false } } } });
        var first = await world.PostedInvoiceAsync(customer.Id(), 100m);
        var second = await world.PostedInvoiceAsync(customer.Id(), 100m);
        var payment = await world.PaymentAsync(customer.Id(), 200m, (first.Id(), 119m), (second.Id(), 50m));
        using var ownerPage = await world.SignInAsync(owner);
        using var userPage = await world.SignInAsync(user);

        var detail = await ownerPage.GetAsync($"/cc/{slug}/billing/payments/{payment.Id()}");
        var applied = detail.QuerySelector("table")!.TextContent;
        Assert.Contains(first.Str("number"), applied, StringComparison.Ordinal);
        Assert.Contains("50.00 EUR", applied, StringComparison.Ordinal);
        Assert.Contains("31.00 EUR", detail.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Payment history", (await ownerPage.GetAsync($"/cc/{slug}/billing")).QuerySelector(".tabs")!.TextContent, StringComparison.Ordinal);

        Assert.DoesNotContain("Payment history", (await userPage.GetAsync($"/cc/{slug}/billing")).QuerySelector(".tabs")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await userPage.RawGetAsync($"/cc/{slug}/billing/payments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await userPage.RawGetAsync($"/cc/{slug}/billing/payments/{payment.Id()}")).StatusCode);
        var invoicePage = await userPage.GetAsync($"/cc/{slug}/billing/invoices/{second.Id()}");
        Assert.Contains(payment.Str("number"), invoicePage.QuerySelector("#payments")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(invoicePage.QuerySelectorAll("#payments a"));
    }

    [Fact]
    public async Task The_statement_for_a_chosen_period_downloads_as_pdf_and_bad_periods_are_explained()
    {
        var (world, slug, customer, owner, _) = await CustomerAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var old = await world.PostedInvoiceAsync(customer.Id(), 10m, today.AddDays(-100), today.AddDays(-70));
        var recent = await world.PostedInvoiceAsync(customer.Id(), 20m, today.AddDays(-5), today.AddDays(25));
        using var page = await world.SignInAsync(owner);
        var from = today.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var shown = await page.GetAsync($"/cc/{slug}/billing/statement?from={from}");
        var lines = shown.QuerySelector("#statement")!.TextContent;
        Assert.Contains(recent.Str("number"), lines, StringComparison.Ordinal);
        Assert.DoesNotContain(old.Str("number"), lines, StringComparison.Ordinal);
        Assert.Contains("11.90 EUR", shown.QuerySelector(".totals")!.TextContent, StringComparison.Ordinal);

        var link = shown.QuerySelector("#statement a[download]")!.GetAttribute("href")!;
        var pdf = await page.RawGetAsync(link);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        using var reader = new Pdf.PdfReader(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains(recent.Str("number"), reader.Text, StringComparison.Ordinal);

        var bad = await page.GetAsync($"/cc/{slug}/billing/statement?from=2026-13-01");
        Assert.Contains("YYYY-MM-DD", bad.QuerySelector("#error-from")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await page.RawGetAsync($"/cc/{slug}/billing/statement.pdf?from=yesterday")).StatusCode);
    }

    [Fact]
    public async Task With_the_billing_panel_off_billing_is_gone_from_the_nav_and_every_billing_address_is_not_found()
    {
        var (world, slug, customer, owner, _) = await CustomerAsync(new { panels = new { billing = false } });
        var invoice = await world.PostedInvoiceAsync(customer.Id(), 10m);
        using var page = await world.SignInAsync(owner);

        var home = await page.GetAsync($"/cc/{slug}");
        Assert.DoesNotContain("Billing", home.QuerySelector(".portal-nav")!.TextContent, StringComparison.Ordinal);
        Assert.Null(home.QuerySelector("#invoices-this-month"));
        foreach (var url in new[] { "billing", "billing/due", "billing/payments", "billing/statement", $"billing/invoices/{invoice.Id()}", $"billing/invoices/{invoice.Id()}.pdf", "billing/statement.pdf" })
        {
            Assert.True(HttpStatusCode.NotFound == (await page.RawGetAsync($"/cc/{slug}/{url}")).StatusCode, url);
        }
    }
}
