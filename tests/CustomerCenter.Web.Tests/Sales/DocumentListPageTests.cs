using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Sales;

/// <summary>The document list pages: filters, sorting, CSV, columns and batch actions, through real requests.</summary>
public sealed class DocumentListPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> ApiAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        return admin;
    }

    /// <summary>A customer whose name is a word no other test uses, so a search lists only this test's documents.</summary>
    private static async Task<(long Id, string Tag)> TaggedCustomerAsync(HttpClient api)
    {
        var tag = "t" + Guid.NewGuid().ToString("N")[..10];
        var customer = await api.CreateCustomerAsync($"Listed {tag}");
        return (customer.Id(), tag);
    }

    private static List<string> Numbers(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.data tbody tr td.nowrap a[href^='/invoices/'], table.data tbody tr td.nowrap a[href^='/quotes/']").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task The_invoice_list_filters_by_status_dates_and_search_and_sorts_by_total()
    {
        var api = await ApiAsync();
        var (customerId, tag) = await TaggedCustomerAsync(api);
        var march = await api.CreateDocumentAsync("invoices", new { customerId, date = "2024-03-01", lines = new[] { Line("March", 1, 10m, 0m) } });
        var april = await api.CreateDocumentAsync("invoices", new { customerId, date = "2024-04-10", reference = "PO-APRIL", lines = new[] { Line("April", 1, 30m, 0m) } });
        var may = await api.CreateDocumentAsync("invoices", new { customerId, date = "2024-05-20", lines = new[] { Line("May", 1, 20m, 0m) } });
        var posted = await api.ActAsync("invoices", april.Id(), "post");
        var page = await app.SignInAs(StaffRole.Viewer);

        var byTotal = await page.GetAsync($"/invoices?search={tag}&sort=-total");
        Assert.Equal([posted.Str("number"), $"Draft #{may.Id()}", $"Draft #{march.Id()}"], Numbers(byTotal));
        Assert.Equal("30.00 EUR", byTotal.QuerySelector("table.data tbody tr td.num")!.TextContent.Trim());
        Assert.NotNull((await page.GetAsync($"/invoices?search={tag}&sort=total")).QuerySelector("th[aria-sort=ascending] a[href*='sort=-total']"));

        Assert.Equal([posted.Str("number")], Numbers(await page.GetAsync($"/invoices?search={tag}&status=posted")));
        Assert.Equal([$"Draft #{may.Id()}"], Numbers(await page.GetAsync($"/invoices?search={tag}&status=draft&from=2024-05-01")));
        Assert.Equal([$"Draft #{march.Id()}"], Numbers(await page.GetAsync($"/invoices?search={tag}&to=2024-03-31")));
        Assert.Equal([posted.Str("number")], Numbers(await page.GetAsync("/invoices?search=PO-APR")));

        // Due 30 days after 2024-04-10 and unpaid: overdue, shown in red.
        var overdue = await page.GetAsync($"/invoices?search={tag}&status=overdue");
        Assert.Equal([posted.Str("number")], Numbers(overdue));
        Assert.Equal("overdue", overdue.QuerySelector("tbody .badge.danger")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_filter_is_explained_not_an_error_page()
    {
        var page = await app.SignInAs(StaffRole.Viewer);

        var list = await page.GetAsync("/quotes?status=paid&from=yesterday");

        Assert.Contains("Filter by one of", list.Text(".flash.error"), StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", list.Text(".flash.error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_kind_has_its_list_with_its_own_statuses()
    {
        var page = await app.SignInAs(StaffRole.Viewer);
        foreach (var (url, heading, status) in new[]
        {
            ("/quotes", "Quotes", "accepted"), ("/orders", "Sales orders", "partlyDelivered"), ("/delivery-notes", "Delivery notes", null),
            ("/invoices", "Invoices", "overdue"), ("/credit-notes", "Credit notes", "posted"),
        })
        {
            var list = await page.GetAsync(url);
            Assert.Equal(heading, list.Text("h1"));
            Assert.Equal(status is not null, list.QuerySelector($"select#status option[value='{status}']") is not null);
        }
    }

    [Fact]
    public async Task The_csv_export_follows_the_current_view()
    {
        var api = await ApiAsync();
        var (customerId, tag) = await TaggedCustomerAsync(api);
        await api.CreateDocumentAsync("quotes", new { customerId, reference = "first", lines = new[] { Line("One", 1, 10m, 0m) } });
        await api.CreateDocumentAsync("quotes", new { customerId, reference = "second", lines = new[] { Line("Two", 2, 10m, 0m) } });
        var page = await app.SignInAs(StaffRole.Viewer);
        var list = await page.GetAsync($"/quotes?search={tag}&sort=-total");
        var link = list.QuerySelector("a[href^='/quotes/export.csv']")!.GetAttribute("href")!;

        var response = await page.Http.GetAsync(new Uri(link, UriKind.Relative));
        var rows = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(3, rows.Length);
        Assert.Contains("second", rows[1], StringComparison.Ordinal);
        Assert.Contains("20.00", rows[1], StringComparison.Ordinal);
        Assert.Contains("first", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_selected_posts_each_draft_and_names_the_one_refused()
    {
        var api = await ApiAsync();
        var (customerId, tag) = await TaggedCustomerAsync(api);
        var a = await api.CreateDocumentAsync("invoices", customerId, Line("A", 1, 10m));
        var b = await api.CreateDocumentAsync("invoices", customerId, Line("B", 1, 20m));
        var empty = await api.CreateDocumentAsync("invoices", new { customerId, lines = Array.Empty<object>() });
        var page = await app.SignInAs(StaffRole.Finance);
        var list = await page.GetAsync($"/invoices?search={tag}");
        Assert.Equal(3, list.QuerySelectorAll("tbody input[name=SelectedIds]").Length);

        var after = await page.SubmitAsync(list, "@document-batch", submitName: "BatchAction", submitValue: "post",
            extra: [new("SelectedIds", a.Id().Invariant()), new("SelectedIds", b.Id().Invariant()), new("SelectedIds", empty.Id().Invariant())]);

        Assert.Equal($"2 posted, 1 refused: Draft #{empty.Id()}: An invoice without lines can't be posted.", after.Text(".flash.warning"));
        var statuses = await app.WithDbAsync(db => db.SalesDocuments.Where(d => d.CustomerId == customerId).OrderBy(d => d.Id).Select(d => d.Status).ToListAsync());
        Assert.Equal(["posted", "posted", "draft"], statuses);
        Assert.Single(after.QuerySelectorAll("tbody input[name=SelectedIds]"));
    }

    [Fact]
    public async Task Send_selected_numbers_the_draft_quotes()
    {
        var api = await ApiAsync();
        var (customerId, tag) = await TaggedCustomerAsync(api);
        var a = await api.CreateDocumentAsync("quotes", customerId, Line("A", 1, 10m));
        var b = await api.CreateDocumentAsync("quotes", customerId, Line("B", 1, 20m));
        var page = await app.SignInAs(StaffRole.Sales);
        var list = await page.GetAsync($"/quotes?search={tag}");

        var after = await page.SubmitAsync(list, "@document-batch", submitName: "BatchAction", submitValue: "send",
            extra: [new("SelectedIds", a.Id().Invariant()), new("SelectedIds", b.Id().Invariant())]);

        Assert.Equal("2 sent.", after.Text(".flash.success"));
        Assert.All(Numbers(after), n => Assert.Matches(@"^Q-\d{4}-\d{4}$", n));
    }

    [Fact]
    public async Task A_viewer_sees_no_new_or_batch_buttons_and_a_posted_batch_is_refused()
    {
        var api = await ApiAsync();
        var (customerId, tag) = await TaggedCustomerAsync(api);
        var draft = await api.CreateDocumentAsync("invoices", customerId, Line("A", 1, 10m));
        var viewer = await app.SignInAs(StaffRole.Viewer);

        var list = await viewer.GetAsync($"/invoices?search={tag}");
        Assert.Null(list.QuerySelector("a[href='/invoices/new']"));
        Assert.Null(list.QuerySelector("button[value=post]"));
        var after = await viewer.SubmitAsync(list, "@document-batch", submitName: "BatchAction", submitValue: "post",
            extra: [new("SelectedIds", draft.Id().Invariant())]);

        Assert.Contains("Your role can't change invoices", after.Text(".flash.error"), StringComparison.Ordinal);
        Assert.Equal("draft", await app.WithDbAsync(db => db.SalesDocuments.Where(d => d.Id == draft.Id()).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_finance_user_may_post_invoices_but_not_send_quotes()
    {
        var api = await ApiAsync();
        var (customerId, tag) = await TaggedCustomerAsync(api);
        var quote = await api.CreateDocumentAsync("quotes", customerId, Line("A", 1, 10m));
        var finance = await app.SignInAs(StaffRole.Finance);

        Assert.NotNull((await finance.GetAsync("/invoices")).QuerySelector("a[href='/invoices/new']"));
        var quotes = await finance.GetAsync($"/quotes?search={tag}");
        Assert.Null(quotes.QuerySelector("a[href='/quotes/new']"));
        var after = await finance.SubmitAsync(quotes, "@document-batch", submitName: "BatchAction", submitValue: "send",
            extra: [new("SelectedIds", quote.Id().Invariant())]);

        Assert.NotNull(after.QuerySelector(".flash.error"));
        Assert.Equal(HttpStatusCode.Redirect, (await finance.Http.GetAsync(new Uri("/quotes/new", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_column_choice_is_remembered_per_user_and_per_kind()
    {
        var page = await app.SignInAs(StaffRole.Viewer);
        var list = await page.GetAsync("/invoices");
        Assert.NotNull(list.QuerySelector("th a[href*='sort=reference']"));

        await page.SubmitAsync(list, "@document-columns", new Dictionary<string, string?> { ["columns"] = null },
            extra: [new("columns", "status"), new("columns", "total")]);

        var again = await page.GetAsync("/invoices");
        Assert.Null(again.QuerySelector("th a[href*='sort=reference']"));
        Assert.NotNull(again.QuerySelector("th a[href*='sort=total']"));
        Assert.NotNull((await page.GetAsync("/quotes")).QuerySelector("th a[href*='sort=reference']"));
    }
}
