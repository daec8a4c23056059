using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;
using static CustomerCenter.Web.Tests.Infrastructure.ApiPayments;

namespace CustomerCenter.Web.Tests.Activity;

public sealed class TimelineTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> AdminAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        return admin;
    }

    [Fact]
    public async Task Documents_payments_calls_comments_tasks_and_changes_appear_newest_first()
    {
        var api = await AdminAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);
        await api.RecordPaymentAsync(Pay(customer.Id(), 40m, "bankTransfer", (invoice.Id(), 40m)));
        await api.LogCallAsync(customer.Id(), "Asked about the delivery date");
        await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/comments", new { text = "Good customer, pays on time." });
        var colleague = await app.CreateColleagueAsync();
        await api.CreateTaskAsync(customer.Id(), colleague.Id, "Send the catalogue", "2030-01-15");
        await api.PutJsonAsync($"/api/v1/customers/{customer.Id()}", new { kind = "company", name = "Renamed Timeline Ltd", currency = "EUR" });

        var page = await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/activity");
        var items = page["items"]!.AsArray().Select(i => i!).ToList();
        var summaries = items.Select(i => i.Str("summary")).ToList();

        Assert.StartsWith("Customer changed: ", summaries[0], StringComparison.Ordinal);
        Assert.Contains("name", summaries[0], StringComparison.Ordinal);
        Assert.StartsWith("Task “Send the catalogue” for Test Sales, due 2030-01-15", summaries[1], StringComparison.Ordinal);
        Assert.Contains(summaries, s => s.EndsWith("commented", StringComparison.Ordinal));
        Assert.Contains("Call: Asked about the delivery date", summaries);
        Assert.Contains(summaries, s => s.StartsWith("Payment PAY-", StringComparison.Ordinal) && s.EndsWith("received · 40.00 EUR", StringComparison.Ordinal));
        Assert.Contains($"Invoice {invoice.Str("number")} posted · 100.00 EUR", summaries);
        Assert.Contains("Invoice (draft) created · 100.00 EUR", summaries);
        Assert.Contains("Customer added", summaries);
        var instants = items.Select(i => i["at"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(instants.OrderByDescending(t => t), instants);
        var posted = items.Single(i => i.Str("summary").StartsWith("Invoice INV", StringComparison.Ordinal));
        Assert.Equal($"/invoices/{invoice.Id()}", posted.Str("link"));
        Assert.Equal("document", posted.Str("kind"));
    }

    [Fact]
    public async Task The_timeline_filters_by_kind_and_date_and_pages()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        for (var i = 1; i <= 5; i++)
        {
            await api.LogCallAsync(customer.Id(), $"Call {i}", new { occurredAt = $"2026-0{i}-10T09:30" });
        }

        await api.LogCallAsync(customer.Id(), "Quarterly review", new { kind = "meeting", occurredAt = "2026-03-20T10:00" });

        Assert.Equal(["Call: Call 5", "Call: Call 4", "Call: Call 3", "Call: Call 2", "Call: Call 1"], await api.TimelineAsync(customer.Id(), "&kind=call"));
        Assert.Equal(["Call: Call 5", "Call: Call 4", "Meeting: Quarterly review", "Call: Call 3", "Call: Call 2", "Call: Call 1"], await api.TimelineAsync(customer.Id(), "&kind=call,meeting"));
        Assert.Equal(["Meeting: Quarterly review", "Call: Call 3"], await api.TimelineAsync(customer.Id(), "&kind=call,meeting&from=2026-03-01&to=2026-03-31"));
        Assert.Equal(["Customer added"], await api.TimelineAsync(customer.Id(), "&kind=change"));

        var second = await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/activity?kind=call&page=2&pageSize=2");
        Assert.Equal(5, second["total"]!.GetValue<int>());
        Assert.Equal(["Call: Call 3", "Call: Call 2"], second["items"]!.AsArray().Select(i => i!.Str("summary")));
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_naming_the_field_and_an_unknown_customer_a_404()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();

        Assert.NotEmpty(await (await api.GetAsync(new Uri($"/api/v1/customers/{customer.Id()}/activity?kind=gossip", UriKind.Relative))).FieldErrorsAsync("kind"));
        Assert.NotEmpty(await (await api.GetAsync(new Uri($"/api/v1/customers/{customer.Id()}/activity?from=26.11.2026", UriKind.Relative))).FieldErrorsAsync("from"));
        Assert.NotEmpty(await (await api.GetAsync(new Uri($"/api/v1/customers/{customer.Id()}/activity?from=2026-02-01&to=2026-01-01", UriKind.Relative))).FieldErrorsAsync("to"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri("/api/v1/customers/999999999/activity", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_logged_call_checks_its_contact_subject_and_date_and_sits_at_the_time_it_happened()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        var other = await api.CreateCustomerAsync();
        var olga = await api.CreateContactAsync(customer.Id(), "Olga", "Berg");
        var foreign = await api.CreateContactAsync(other.Id(), "Fritz", "Fremd");

        var call = await api.LogCallAsync(customer.Id(), "Price question", new { contactId = olga.Id(), occurredAt = "2026-06-01T08:15:00Z", text = "Wants 10 % off." });
        Assert.Equal("Olga Berg", call.Str("contactName"));
        var entry = (await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/activity?kind=call"))["items"]![0]!;
        Assert.Equal("Call with Olga Berg: Price question", entry.Str("summary"));
        Assert.Equal("Wants 10 % off.", entry.Str("detail"));
        Assert.Equal(new DateTime(2026, 6, 1, 8, 15, 0, DateTimeKind.Utc), entry["at"]!.GetValue<DateTime>().ToUniversalTime());

        var bad = await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/communications", new { kind = "call", subject = "", contactId = foreign.Id(), occurredAt = "yesterday" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.ReadAsync();
        Assert.NotNull(problem["errors"]!["subject"]);
        Assert.NotNull(problem["errors"]!["contactId"]);
        Assert.NotNull(problem["errors"]!["occurredAt"]);
        Assert.Equal(1, await app.WithDbAsync(db => db.Communications.CountAsync(c => c.CustomerId == customer.Id())));
    }

    [Fact]
    public async Task A_viewer_reads_the_timeline_but_cannot_log_anything()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        var viewer = await app.ApiAs(StaffRole.Viewer);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri($"/api/v1/customers/{customer.Id()}/activity", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync($"/api/v1/customers/{customer.Id()}/communications", new { kind = "note", subject = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync($"/api/v1/customers/{customer.Id()}/comments", new { text = "x" })).StatusCode);
    }

    [Fact]
    public async Task Logging_the_same_call_twice_with_one_idempotency_key_logs_it_once()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        async Task<HttpResponseMessage> Post()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customers/{customer.Id()}/communications")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { kind = "call", subject = "Once" }),
            };
            request.Headers.Add("Idempotency-Key", "call-once");
            return await api.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.Created, (await Post()).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Post()).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Communications.CountAsync(c => c.CustomerId == customer.Id())));
    }
}
