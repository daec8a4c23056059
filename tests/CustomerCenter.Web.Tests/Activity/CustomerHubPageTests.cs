using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;
using static CustomerCenter.Web.Tests.Infrastructure.ApiPayments;

namespace CustomerCenter.Web.Tests.Activity;

/// <summary>The customer page's tabs and forms, driven like a browser without JavaScript.</summary>
public sealed class CustomerHubPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> AdminAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        return admin;
    }

    private static List<string> TimelineLines(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".timeline-summary .summary-text").Select(e => e.TextContent.Trim())];

    [Fact]
    public async Task Every_tab_of_the_customer_page_renders_with_the_header_balance_and_shortcuts()
    {
        var api = await AdminAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(300m);
        await api.RecordPaymentAsync(Pay(customer.Id(), 100m, "bankTransfer", (invoice.Id(), 100m)));
        var page = await app.SignInAs(StaffRole.Finance);

        var overview = await page.GetAsync($"/customers/{customer.Id()}");
        Assert.Contains("200.00 EUR", overview.Text("#balance"), StringComparison.Ordinal);
        Assert.NotNull(overview.QuerySelector($"a[href='/payments/new?customerId={customer.Id()}']"));
        Assert.NotNull(overview.QuerySelector($"a[href='/customers/{customer.Id()}/statement']"));
        Assert.NotNull(overview.QuerySelector($"a[href='/invoices/new?customerId={customer.Id()}']"));
        Assert.Null(overview.QuerySelector($"a[href='/quotes/new?customerId={customer.Id()}']"));
        Assert.NotNull(overview.QuerySelector("#contacts"));
        Assert.NotNull(overview.QuerySelector("#recent .timeline"));
        foreach (var tab in new[] { "transactions", "activity", "tasks", "projects", "comments", "files", "history" })
        {
            var shown = await page.GetAsync($"/customers/{customer.Id()}?tab={tab}");
            Assert.Equal(tab, new Uri("https://x" + shown.QuerySelector(".tabs a.active")!.GetAttribute("href")).Query.Split('=').Last());
            Assert.NotNull(shown.QuerySelector("#balance"));
        }
    }

    [Fact]
    public async Task The_transactions_tab_lists_documents_payments_and_refunds_by_type_period_and_sort()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        var early = await api.ActAsync("invoices", (await api.CreateDocumentAsync("invoices", new { customerId = customer.Id(), date = "2026-01-10", lines = new[] { Line("A", 1, 50m, 0m) } })).Id(), "post");
        var late = await api.ActAsync("invoices", (await api.CreateDocumentAsync("invoices", new { customerId = customer.Id(), date = "2026-03-10", lines = new[] { Line("B", 1, 500m, 0m) } })).Id(), "post");
        await api.CreateDocumentAsync("quotes", new { customerId = customer.Id(), date = "2026-02-01", lines = new[] { Line("Q", 1, 70m, 0m) } });
        var payment = await api.RecordPaymentAsync(new { customerId = customer.Id(), date = "2026-03-15", amount = 20m, method = "cheque", reference = "chq", cheque = new { number = "000123", bank = "Test Bank" } });
        var page = await app.SignInAs(StaffRole.Sales);

        var all = await page.GetAsync($"/customers/{customer.Id()}?tab=transactions");
        var numbers = all.QuerySelectorAll("table.transactions tbody tr td:nth-child(3)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([payment.Str("number"), late.Str("number"), "(draft)", early.Str("number")], numbers);

        var invoices = await page.GetAsync($"/customers/{customer.Id()}?tab=transactions&type=invoice&sort=-amount");
        Assert.Equal([late.Str("number"), early.Str("number")], invoices.QuerySelectorAll("table.transactions tbody tr td:nth-child(3)").Select(td => td.TextContent.Trim()));
        Assert.NotNull(invoices.QuerySelector($"a[href='/invoices?customerId={customer.Id()}']"));
        Assert.NotNull(invoices.QuerySelector($"a[href='/invoices/{late.Id()}/email']"));

        var february = await page.GetAsync($"/customers/{customer.Id()}?tab=transactions&from=2026-02-01&to=2026-02-28");
        Assert.Single(february.QuerySelectorAll("table.transactions tbody tr"));
        var cheques = await page.GetAsync($"/customers/{customer.Id()}?tab=transactions&type=cheque");
        Assert.Contains("Cheque", cheques.Text("table.transactions tbody"), StringComparison.Ordinal);
        var bad = await page.GetAsync($"/customers/{customer.Id()}?tab=transactions&from=March");
        Assert.Contains("YYYY-MM-DD", bad.Text(".flash.error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_transactions_api_filters_by_type_and_period_sorts_and_names_a_bad_filter()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        var small = await api.ActAsync("invoices", (await api.CreateDocumentAsync("invoices", new { customerId = customer.Id(), date = "2026-01-10", lines = new[] { Line("A", 1, 50m, 0m) } })).Id(), "post");
        var large = await api.ActAsync("invoices", (await api.CreateDocumentAsync("invoices", new { customerId = customer.Id(), date = "2026-03-10", lines = new[] { Line("B", 1, 500m, 0m) } })).Id(), "post");
        await api.CreateDocumentAsync("quotes", new { customerId = customer.Id(), date = "2026-02-01", lines = new[] { Line("Q", 1, 70m, 0m) } });
        var url = $"/api/v1/customers/{customer.Id()}/transactions";

        var all = await api.GetJsonAsync(url);
        Assert.Equal(3, all["total"]!.GetValue<int>());
        var invoices = await api.GetJsonAsync(url + "?type=invoice&sort=-amount");
        Assert.Equal([large.Str("number"), small.Str("number")], invoices["items"]!.AsArray().Select(i => i!.Str("number")));
        var february = await api.GetJsonAsync(url + "?from=2026-02-01&to=2026-02-28");
        Assert.Equal("quote", Assert.Single(february["items"]!.AsArray())!.Str("type"), ignoreCase: true);

        Assert.NotEmpty(await (await api.GetAsync(new Uri(url + "?from=March", UriKind.Relative))).FieldErrorsAsync("from"));
        Assert.NotEmpty(await (await api.GetAsync(new Uri(url + "?type=letter", UriKind.Relative))).FieldErrorsAsync("type"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri("/api/v1/customers/999999999/transactions", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_call_logged_on_the_page_appears_in_the_timeline_and_the_kind_filter_keeps_it()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        var olga = await api.CreateContactAsync(customer.Id(), "Olga", "Oak");
        var page = await app.SignInAs(StaffRole.Sales);

        var tab = await page.GetAsync($"/customers/{customer.Id()}?tab=activity");
        var invalid = await page.SubmitAsync(tab, "@log-communication", new Dictionary<string, string?> { ["Input.Subject"] = "", ["Input.OccurredAt"] = "2099-01-01T10:00" });
        Assert.NotNull(invalid.FieldError("subject"));
        Assert.NotNull(invalid.FieldError("occurredAt"));

        var logged = await page.SubmitAsync(tab, "@log-communication", new Dictionary<string, string?>
        {
            ["Input.Kind"] = "Meeting",
            ["Input.ContactId"] = olga.Id().Invariant(),
            ["Input.Subject"] = "Annual review",
            ["Input.Text"] = "Prices for 2027.",
        });
        Assert.Contains("The meeting is logged.", logged.Flash(), StringComparison.Ordinal);
        Assert.Contains("Meeting with Olga Oak: Annual review", TimelineLines(logged));

        var meetings = await page.GetAsync($"/customers/{customer.Id()}?tab=activity&kind=meeting");
        Assert.Equal(["Meeting with Olga Oak: Annual review"], TimelineLines(meetings));
        Assert.Equal("meeting", meetings.QuerySelector("#activity-kind option[selected]")!.GetAttribute("value"));
        Assert.Empty(TimelineLines(await page.GetAsync($"/customers/{customer.Id()}?tab=activity&kind=meeting&to=2000-01-01")));
    }

    [Fact]
    public async Task A_task_added_for_a_colleague_shows_on_their_start_page_and_can_be_completed()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync($"Tasked {Guid.NewGuid():N}"[..18]);
        var colleague = await app.SignInColleagueAsync();
        var page = await app.SignInAs(StaffRole.Sales);

        var tab = await page.GetAsync($"/customers/{customer.Id()}?tab=tasks");
        var wrong = await page.SubmitAsync(tab, "@new-task", new Dictionary<string, string?> { ["Form.Title"] = "Follow up", ["Form.AssigneeId"] = colleague.Id.Invariant(), ["Form.DueDate"] = "next week" });
        Assert.Contains("YYYY-MM-DD", wrong.FieldError("dueDate")!.TextContent, StringComparison.Ordinal);
        var added = await page.SubmitAsync(tab, "@new-task", new Dictionary<string, string?>
        {
            ["Form.Title"] = "Follow up the offer",
            ["Form.AssigneeId"] = colleague.Id.Invariant(),
            ["Form.DueDate"] = "2020-05-01",
        });
        Assert.Contains("is added", added.Flash(), StringComparison.Ordinal);
        Assert.Contains("Follow up the offer", added.Text("#tasks"), StringComparison.Ordinal);

        var home = await colleague.Page.GetAsync("/");
        Assert.Contains("Follow up the offer", home.Text("#my-tasks"), StringComparison.Ordinal);
        Assert.Contains("Follow up the offer", home.Text("#overdue-tasks"), StringComparison.Ordinal);
        var mine = await colleague.Page.GetAsync("/tasks?assignee=me");
        Assert.Equal("My tasks", mine.Text("h1"));
        var done = await colleague.Page.SubmitAsync(mine, $"@task-status-{await TaskIdAsync(customer.Id())}");
        Assert.Contains("is done", done.Flash(), StringComparison.Ordinal);
        Assert.DoesNotContain("Follow up the offer", (await colleague.Page.GetAsync("/")).Text("#my-tasks"), StringComparison.Ordinal);
    }

    private Task<long> TaskIdAsync(long customerId) => app.WithDbAsync(db => db.Tasks.Where(t => t.CustomerId == customerId).Select(t => t.Id).SingleAsync());

    [Fact]
    public async Task A_mention_in_a_comment_is_highlighted_for_that_colleague_on_their_start_page()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        var colleague = await app.SignInColleagueAsync();
        var page = await app.SignInAs(StaffRole.Sales);

        var tab = await page.GetAsync($"/customers/{customer.Id()}?tab=comments");
        var commented = await page.SubmitAsync(tab, "@new-comment", new Dictionary<string, string?> { ["Input.Text"] = $"@{colleague.Handle} can you call them? <b>urgent</b>" });
        Assert.Contains("comment is added", commented.Flash(), StringComparison.Ordinal);
        Assert.Equal($"@{colleague.Handle}", commented.QuerySelector("#comments mark.mention")!.TextContent);
        Assert.Null(commented.QuerySelector("#comments b"));

        var home = await colleague.Page.GetAsync("/");
        Assert.Equal($"@{colleague.Handle}", home.QuerySelector("#mentions mark.mention.mine")!.TextContent);
        Assert.Contains(customer.Str("name"), home.Text("#mentions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_are_attached_through_the_page_and_refused_ones_come_back_with_a_message()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        var page = await app.SignInAs(StaffRole.Sales);

        var tab = await page.GetAsync($"/customers/{customer.Id()}?tab=files");
        var ok = await UploadAsync(page, tab, customer.Id(), "offer.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        Assert.Contains("“offer.pdf” is attached", ok.Flash(), StringComparison.Ordinal);
        var link = ok.QuerySelector("#files a[download]")!;
        Assert.Equal("offer.pdf", link.TextContent);
        var download = await page.Http.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);

        var refused = await UploadAsync(page, ok, customer.Id(), "script.html", Encoding.ASCII.GetBytes("<script>alert(1)</script>"));
        Assert.Contains("Only PDF", refused.Flash(), StringComparison.Ordinal);
        var forged = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "x.pdf" } };
        var noToken = await page.Http.PostAsync(new Uri($"/customers/{customer.Id()}/files", UriKind.Relative), forged);
        Assert.Equal(HttpStatusCode.Redirect, noToken.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.CustomerFiles.CountAsync(f => f.CustomerId == customer.Id())));
    }

    private static async Task<IHtmlDocument> UploadAsync(PageClient page, IHtmlDocument tab, long customerId, string name, byte[] content)
    {
        var token = ((IHtmlInputElement)PageClient.FindForm(tab, "#upload form").QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
        form.Add(file, "file", name);
        var response = await page.Http.PostAsync(new Uri($"/customers/{customerId}/files", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await page.GetAsync(response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_project_is_started_from_its_tab_gets_a_document_linked_and_is_counted_in_the_customer_list()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync($"Projects {Guid.NewGuid():N}"[..18]);
        var quote = await api.CreateDocumentAsync("quotes", customer.Id(), Line("Design", 1, 900m));
        var page = await app.SignInAs(StaffRole.Sales);

        var tab = await page.GetAsync($"/customers/{customer.Id()}?tab=projects");
        var project = await page.SubmitAsync(tab, "@new-project", new Dictionary<string, string?> { ["Form.Name"] = "Relaunch", ["Form.StartDate"] = "2026-02-01", ["Form.EndDate"] = "2026-01-01" });
        Assert.NotNull(project.FieldError("endDate"));
        project = await page.SubmitAsync(project, "@new-project", new Dictionary<string, string?> { ["Form.EndDate"] = "2026-06-30" });
        Assert.Equal("Relaunch", project.Text("h1"));

        var linked = await page.SubmitAsync(project, "@link-document", new Dictionary<string, string?> { ["DocumentId"] = quote.Id().Invariant() });
        Assert.Contains("Quote (draft)", linked.Text("#documents table"), StringComparison.Ordinal);
        var saved = await page.SubmitAsync(linked, "@edit-project", new Dictionary<string, string?> { ["Form.Status"] = "Completed" });
        Assert.Contains("completed", saved.Text(".subtitle"), StringComparison.Ordinal);

        var list = await page.GetAsync($"/customers?search={Uri.EscapeDataString(customer.Str("name"))}");
        await page.SubmitAsync(list, "@customer-columns", new Dictionary<string, string?> { ["columns"] = null }, extra: [new("columns", "projects")]);
        var withCount = await page.GetAsync($"/customers?search={Uri.EscapeDataString(customer.Str("name"))}");
        Assert.Equal("1", withCount.QuerySelector($"a[href='/customers/{customer.Id()}?tab=projects']")!.TextContent);
    }

    [Fact]
    public async Task A_viewer_sees_the_tabs_without_any_form()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        var viewer = await app.SignInAs(StaffRole.Viewer);

        foreach (var tab in new[] { "activity", "tasks", "projects", "comments", "files" })
        {
            var shown = await viewer.GetAsync($"/customers/{customer.Id()}?tab={tab}");
            Assert.DoesNotContain(shown.QuerySelectorAll("form[method='post']"), f => f.QuerySelector("input[name='_handler']") is not null);
            Assert.Null(shown.QuerySelector("#upload"));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await viewer.Http.GetAsync(new Uri($"/customers/{customer.Id()}/statement/email", UriKind.Relative))).StatusCode);
    }
}
