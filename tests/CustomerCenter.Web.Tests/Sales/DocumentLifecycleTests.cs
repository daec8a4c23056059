using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Sales;

public sealed class DocumentLifecycleTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> ApiAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        return admin;
    }

    [Fact]
    public async Task A_quote_goes_from_draft_to_sent_to_accepted_and_converts_once_to_a_linked_order()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var quote = await api.CreateDocumentAsync("quotes", customer.Id(), Line("Consulting", 10, 120m));
        Assert.Equal("draft", quote.Str("status"));
        Assert.Null(quote["number"]);

        var sent = await api.ActAsync("quotes", quote.Id(), "send");
        Assert.Matches(@"^Q-\d{4}-\d{4}$", sent.Str("number"));
        await api.ActAsync("quotes", quote.Id(), "accept");
        var order = await api.ActAsync("quotes", quote.Id(), "convert", expected: HttpStatusCode.Created);

        Assert.Equal("draft", order.Str("status"));
        Assert.Equal(quote.Id(), order["source"]!["id"]!.GetValue<long>());
        Assert.Equal(1428m, order.Dec("total"));
        Assert.Equal(HttpStatusCode.Conflict, (await api.TryActAsync("quotes", quote.Id(), "convert")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.TryActAsync("quotes", quote.Id(), "decline")).StatusCode);
        var again = await (await api.GetAsync(new Uri($"/api/v1/quotes/{quote.Id()}", UriKind.Relative))).ReadAsync();
        Assert.Equal(order.Id(), again["successors"]![0]!["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_expired_quote_cannot_be_accepted()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var quote = await api.CreateDocumentAsync("quotes", new { customerId = customer.Id(), date = "2024-01-01", validUntil = "2024-01-31", lines = new[] { Line("Old offer", 1, 10m) } });
        await api.ActAsync("quotes", quote.Id(), "send");

        var response = await api.TryActAsync("quotes", quote.Id(), "accept");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("expired", (await response.ReadAsync()).Str("title"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_order_is_delivered_in_parts_invoiced_for_what_was_delivered_and_posted_to_the_ledger()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync(extra: new { paymentTermsDays = 14 });
        var order = await api.CreateDocumentAsync("orders", customer.Id(), Line("Widget", 10, 5m), Line("Gadget", 2, 50m, 7m));
        var confirmed = await api.ActAsync("orders", order.Id(), "confirm");
        Assert.Matches(@"^SO-\d{4}-\d{4}$", confirmed.Str("number"));
        var widget = confirmed["lines"]![0]!["id"]!.GetValue<long>();
        var gadget = confirmed["lines"]![1]!["id"]!.GetValue<long>();

        var tooMuch = await api.TryActAsync("orders", order.Id(), "deliver", new { lines = new[] { new { lineId = widget, quantity = 11m } } });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.NotEmpty(await tooMuch.FieldErrorsAsync("lines[0].quantity"));

        var note = await api.ActAsync("orders", order.Id(), "deliver", new { lines = new[] { new { lineId = widget, quantity = 4m } } }, HttpStatusCode.Created);
        Assert.Equal("deliveryNote", note.Str("kind"));
        Assert.Matches(@"^DN-\d{4}-\d{4}$", note.Str("number"));
        var partly = await (await api.GetAsync(new Uri($"/api/v1/orders/{order.Id()}", UriKind.Relative))).ReadAsync();
        Assert.Equal("partlyDelivered", partly.Str("status"));
        Assert.Equal(4m, partly["lines"]![0]!.Dec("delivered"));

        var invoice = await api.ActAsync("orders", order.Id(), "invoice", expected: HttpStatusCode.Created);
        Assert.Equal("draft", invoice.Str("status"));
        Assert.Equal(23.80m, invoice.Dec("total"));
        Assert.Equal(DateOnly.Parse(invoice.Str("date"), System.Globalization.CultureInfo.InvariantCulture).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), invoice.Str("dueDate"));

        var posted = await api.ActAsync("invoices", invoice.Id(), "post");
        Assert.Equal("posted", posted.Str("status"));
        Assert.Matches(@"^INV-\d{4}-\d{4}$", posted.Str("number"));
        Assert.Equal(23.80m, posted.Dec("amountDue"));
        var entry = await app.WithDbAsync(db => db.LedgerEntries.SingleAsync(e => e.DocumentId == invoice.Id()));
        Assert.Equal(2380, entry.AmountMinor);

        Assert.Equal(HttpStatusCode.Conflict, (await api.TryActAsync("orders", order.Id(), "invoice")).StatusCode);
        await api.ActAsync("orders", order.Id(), "deliver", new { lines = new[] { new { lineId = widget, quantity = 6m }, new { lineId = gadget, quantity = 2m } } }, HttpStatusCode.Created);
        var rest = await api.ActAsync("orders", order.Id(), "invoice", expected: HttpStatusCode.Created);
        Assert.Equal(142.70m, rest.Dec("total"));
        var final = await (await api.GetAsync(new Uri($"/api/v1/orders/{order.Id()}", UriKind.Relative))).ReadAsync();
        Assert.Equal("invoiced", final.Str("status"));
        Assert.Equal(4, final["successors"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Conflict, (await api.TryActAsync("orders", order.Id(), "cancel")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_draft_invoice_made_from_an_order_gives_its_quantities_back()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var order = await api.CreateDocumentAsync("orders", customer.Id(), Line("Box", 3, 10m));
        await api.ActAsync("orders", order.Id(), "confirm");
        var invoice = await api.ActAsync("orders", order.Id(), "invoice", new { scope = "all" }, HttpStatusCode.Created);
        Assert.Equal("invoiced", (await (await api.GetAsync(new Uri($"/api/v1/orders/{order.Id()}", UriKind.Relative))).ReadAsync()).Str("status"));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(new Uri($"/api/v1/invoices/{invoice.Id()}", UriKind.Relative))).StatusCode);

        var back = await (await api.GetAsync(new Uri($"/api/v1/orders/{order.Id()}", UriKind.Relative))).ReadAsync();
        Assert.Equal("confirmed", back.Str("status"));
        Assert.Equal(0m, back["lines"]![0]!.Dec("invoiced"));
    }

    [Fact]
    public async Task A_cancelled_order_cannot_change_and_a_delivered_one_cannot_be_cancelled()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var a = await api.CreateDocumentAsync("orders", customer.Id(), Line("A", 1, 1m));
        await api.ActAsync("orders", a.Id(), "confirm");
        await api.ActAsync("orders", a.Id(), "cancel");
        Assert.Equal(HttpStatusCode.Conflict, (await api.TryActAsync("orders", a.Id(), "confirm")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutJsonAsync($"/api/v1/orders/{a.Id()}", new { customerId = customer.Id(), lines = new[] { Line("B", 1, 1m) } })).StatusCode);

        var b = await api.CreateDocumentAsync("orders", customer.Id(), Line("B", 1, 1m));
        var confirmed = await api.ActAsync("orders", b.Id(), "confirm");
        await api.ActAsync("orders", b.Id(), "deliver", new { lines = new[] { new { lineId = confirmed["lines"]![0]!["id"]!.GetValue<long>(), quantity = 1m } } }, HttpStatusCode.Created);
        var refused = await api.TryActAsync("orders", b.Id(), "cancel");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("delivered", (await refused.ReadAsync()).Str("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_invoice_is_read_only()
    {
        var api = await ApiAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);

        var edit = await api.PutJsonAsync($"/api/v1/invoices/{invoice.Id()}", new { customerId = customer.Id(), lines = new[] { Line("Changed", 1, 1m) } });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync(new Uri($"/api/v1/invoices/{invoice.Id()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.TryActAsync("invoices", invoice.Id(), "post")).StatusCode);
        var stored = await app.WithDbAsync(db => db.SalesDocuments.Include(d => d.Lines).SingleAsync(d => d.Id == invoice.Id()));
        Assert.Equal("Services", Assert.Single(stored.Lines).Description);
    }

    [Fact]
    public async Task A_credit_note_against_an_invoice_reduces_what_is_due_and_can_never_exceed_it()
    {
        var api = await ApiAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);

        var big = await api.CreateDocumentAsync("credit-notes", new { customerId = customer.Id(), invoiceId = invoice.Id(), lines = new[] { Line("Refund all and more", 1, 100.01m, 0m) } });
        var refused = await api.TryActAsync("credit-notes", big.Id(), "post");
        Assert.True(refused.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest, refused.StatusCode.ToString());

        var note = await api.CreateDocumentAsync("credit-notes", new { customerId = customer.Id(), invoiceId = invoice.Id(), lines = new[] { Line("Damaged goods", 1, 30m, 0m) } });
        var posted = await api.ActAsync("credit-notes", note.Id(), "post");
        Assert.Matches(@"^CN-\d{4}-\d{4}$", posted.Str("number"));

        var after = await (await api.GetAsync(new Uri($"/api/v1/invoices/{invoice.Id()}", UriKind.Relative))).ReadAsync();
        Assert.Equal(70m, after.Dec("amountDue"));
        Assert.Equal("partlyPaid", after.Str("status"));
        Assert.Contains(note.Id(), after["successors"]!.AsArray().Select(s => s!["id"]!.GetValue<long>()));
        var ledger = await app.WithDbAsync(db => db.LedgerEntries.Where(e => e.CustomerId == customer.Id()).SumAsync(e => e.AmountMinor));
        Assert.Equal(7000, ledger);
    }

    [Fact]
    public async Task A_credit_note_in_another_currency_than_its_invoice_is_refused()
    {
        var api = await ApiAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);
        var response = await api.PostJsonAsync("/api/v1/credit-notes", new { customerId = customer.Id(), invoiceId = invoice.Id(), currency = "USD", lines = new[] { Line("x", 1, 1m, 0m) } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.FieldErrorsAsync("currency"));
    }

    [Fact]
    public async Task Twenty_invoices_posted_at_once_get_twenty_distinct_consecutive_numbers()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var drafts = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            drafts.Add((await api.CreateDocumentAsync("invoices", customer.Id(), Line($"Item {i}", 1, 10m))).Id());
        }

        var responses = await Task.WhenAll(drafts.Select(id => api.TryActAsync("invoices", id, "post")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var numbers = (await Task.WhenAll(responses.Select(async r => (await r.ReadAsync()).Str("number")))).Order().ToList();
        Assert.Equal(20, numbers.Distinct().Count());
        var counters = numbers.Select(n => int.Parse(n[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(counters[0], 20), counters);
    }

    [Fact]
    public async Task Drafts_can_be_edited_and_deleted()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var draft = await api.CreateDocumentAsync("invoices", customer.Id(), Line("First", 1, 10m));
        var edited = await api.PutJsonAsync($"/api/v1/invoices/{draft.Id()}", new { customerId = customer.Id(), notes = "Thanks!", lines = new[] { Line("First", 2, 10m), Line("Second", 1, 5m, 7m) } });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var body = await edited.ReadAsync();
        Assert.Equal(29.15m, body.Dec("total"));
        Assert.Equal(2, body["taxSummary"]!.AsArray().Count);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(new Uri($"/api/v1/invoices/{draft.Id()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri($"/api/v1/invoices/{draft.Id()}", UriKind.Relative))).StatusCode);
    }
}
