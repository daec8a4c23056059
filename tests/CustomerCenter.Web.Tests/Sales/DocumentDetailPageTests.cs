using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Sales;

/// <summary>A document's page: the moves its status allows, done through its forms, and what they leave behind.</summary>
public sealed class DocumentDetailPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> ApiAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        return admin;
    }

    private Task<string> StatusAsync(long id) => app.WithDbAsync(db => db.SalesDocuments.Where(d => d.Id == id).Select(d => d.Status).SingleAsync());

    [Fact]
    public async Task A_quote_is_sent_accepted_and_converted_to_a_linked_order_from_its_page()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var quote = await api.CreateDocumentAsync("quotes", customer.Id(), Line("Consulting", 10, 120m));
        var page = await app.SignInAs(StaffRole.Sales);
        var draft = await page.GetAsync($"/quotes/{quote.Id()}");
        Assert.Null(draft.QuerySelector("button[value=accept]"));

        var sent = await page.SubmitAsync(draft, "@document-move", submitName: "Move", submitValue: "send");
        Assert.Matches(@"^The quote was sent as Q-\d{4}-\d{4}\.$", sent.Text(".flash.success"));
        Assert.Null(sent.QuerySelector("button[value=send]"));
        Assert.Null(sent.QuerySelector("a[href$='/edit']"));

        var accepted = await page.SubmitAsync(sent, "@document-move", submitName: "Move", submitValue: "accept");
        Assert.Equal("accepted", accepted.Text(".subtitle .badge"));

        var order = await page.SubmitAsync(accepted, "@document-move", submitName: "Move", submitValue: "convert");
        Assert.StartsWith("/orders/", order.Path(), StringComparison.Ordinal);
        Assert.StartsWith("Sales order draft #", order.Text("h1"), StringComparison.Ordinal);
        Assert.Contains(sent.Text("h1")["Quote ".Length..], order.Text("#links"), StringComparison.Ordinal);
        Assert.Equal("1,428.00 EUR", order.Text("#document-total"));

        var again = await page.GetAsync($"/quotes/{quote.Id()}");
        Assert.Null(again.QuerySelector("button[value=convert]"));
        Assert.NotNull(again.QuerySelector($"#links a[href='/orders/{order.IdFromUrl()}']"));
        Assert.Contains("Status", again.Text("#history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sent_quote_past_its_validity_says_it_expired_and_offers_no_accept()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var quote = await api.CreateDocumentAsync("quotes", new { customerId = customer.Id(), date = "2024-01-01", validUntil = "2024-01-31", lines = new[] { Line("Old offer", 1, 10m) } });
        await api.ActAsync("quotes", quote.Id(), "send");
        var page = await app.SignInAs(StaffRole.Sales);

        var detail = await page.GetAsync($"/quotes/{quote.Id()}");

        Assert.Contains("valid until 2024-01-31 and has expired", detail.Text(".flash.warning"), StringComparison.Ordinal);
        Assert.Null(detail.QuerySelector("button[value=accept]"));
        Assert.NotNull(detail.QuerySelector("button[value=decline]"));
    }

    [Fact]
    public async Task An_order_is_confirmed_delivered_in_part_invoiced_for_that_part_and_the_invoice_posted()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var order = await api.CreateDocumentAsync("orders", customer.Id(), Line("Widget", 10, 5m), Line("Gadget", 2, 50m, 7m));
        var page = await app.SignInAs(StaffRole.Sales);

        var confirmed = await page.SubmitAsync(await page.GetAsync($"/orders/{order.Id()}"), "@document-move", submitName: "Move", submitValue: "confirm");
        Assert.Matches(@"^The sales order was confirmed as SO-\d{4}-\d{4}\.$", confirmed.Text(".flash.success"));
        var inputs = confirmed.QuerySelectorAll("#deliver input.quantity").Select(i => i.GetAttribute("name")!).ToList();
        Assert.Equal(2, inputs.Count);
        Assert.Equal("10", confirmed.QuerySelector("#deliver input.quantity")!.GetAttribute("value"));

        var delivered = await page.SubmitAsync(confirmed, "@order-delivery", new Dictionary<string, string?> { [inputs[0]] = "4", [inputs[1]] = "0" });
        Assert.Matches(@"^Delivery note DN-\d{4}-\d{4} was recorded\.$", delivered.Text(".flash.success"));
        Assert.Equal("partly delivered", delivered.Text(".subtitle .badge"));
        Assert.Equal("6", delivered.QuerySelector("#deliver input.quantity")!.GetAttribute("value"));
        Assert.NotNull(delivered.QuerySelector("#links a[href^='/delivery-notes/']"));

        var invoice = await page.SubmitAsync(delivered, "@document-move", submitName: "Move", submitValue: "invoice-delivered");
        Assert.StartsWith("/invoices/", invoice.Path(), StringComparison.Ordinal);
        Assert.Equal("23.80 EUR", invoice.Text("#document-total"));
        Assert.Single(invoice.QuerySelectorAll("table.lines tbody tr"));

        var posted = await page.SubmitAsync(invoice, "@document-move", submitName: "Move", submitValue: "post");
        Assert.Matches(@"^The invoice was posted as INV-\d{4}-\d{4}\.$", posted.Text(".flash.success"));
        Assert.Equal("23.80 EUR", posted.Text("#amount-due"));
        Assert.NotNull(posted.QuerySelector($"a[href='/credit-notes/new?invoiceId={invoice.IdFromUrl()}']"));
        Assert.Equal("partlyDelivered", await StatusAsync(order.Id()));

        var pdf = await page.Http.GetAsync(new Uri(posted.QuerySelector("a[href$='.pdf']")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Delivering_more_than_is_open_is_explained_beside_the_line_and_records_nothing()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var order = await api.CreateDocumentAsync("orders", customer.Id(), Line("Box", 3, 10m));
        await api.ActAsync("orders", order.Id(), "confirm");
        var page = await app.SignInAs(StaffRole.Sales);
        var form = await page.GetAsync($"/orders/{order.Id()}");
        var input = form.QuerySelector("#deliver input.quantity")!.GetAttribute("name")!;

        var tooMuch = await page.SubmitAsync(form, "@order-delivery", new Dictionary<string, string?> { [input] = "5" });
        var notANumber = await page.SubmitAsync(form, "@order-delivery", new Dictionary<string, string?> { [input] = "five" });

        Assert.Contains("Only 3 can still be delivered", tooMuch.FieldError("lines[0].quantity")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("5", tooMuch.QuerySelector("#deliver input.quantity")!.GetAttribute("value"));
        Assert.NotNull(notANumber.FieldError("lines[0].quantity"));
        Assert.False(await app.WithDbAsync(db => db.SalesDocuments.AnyAsync(d => d.SourceId == order.Id())));
    }

    [Fact]
    public async Task A_move_made_meanwhile_by_someone_else_is_refused_with_its_reason()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var draft = await api.CreateDocumentAsync("invoices", customer.Id(), Line("Once", 1, 10m));
        var page = await app.SignInAs(StaffRole.Finance);
        var stale = await page.GetAsync($"/invoices/{draft.Id()}");
        await api.ActAsync("invoices", draft.Id(), "post");

        var after = await page.SubmitAsync(stale, "@document-move", submitName: "Move", submitValue: "post");

        Assert.Equal("This invoice is already posted.", after.Text(".flash.error"));
        Assert.Equal(1, await app.WithDbAsync(db => db.LedgerEntries.CountAsync(e => e.DocumentId == draft.Id())));
    }

    [Fact]
    public async Task A_credit_note_is_posted_from_its_page_and_reduces_what_the_invoice_still_asks()
    {
        var api = await ApiAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);
        var note = await api.CreateDocumentAsync("credit-notes", new { customerId = customer.Id(), invoiceId = invoice.Id(), lines = new[] { Line("Damaged", 1, 25m, 0m) } });
        var page = await app.SignInAs(StaffRole.Finance);

        var posted = await page.SubmitAsync(await page.GetAsync($"/credit-notes/{note.Id()}"), "@document-move", submitName: "Move", submitValue: "post");

        Assert.Matches(@"^The credit note was posted as CN-\d{4}-\d{4}\.$", posted.Text(".flash.success"));
        var after = await page.GetAsync($"/invoices/{invoice.Id()}");
        Assert.Equal("75.00 EUR", after.Text("#amount-due"));
        Assert.Equal("partly paid", after.Text(".subtitle .badge"));
    }

    [Fact]
    public async Task A_draft_is_deleted_after_a_second_click_and_a_stale_page_deletes_nothing()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var draft = await api.CreateDocumentAsync("orders", customer.Id(), Line("Gone", 1, 1m));
        var stale = await api.CreateDocumentAsync("orders", customer.Id(), Line("Kept", 1, 1m));
        var page = await app.SignInAs(StaffRole.Sales);
        var detail = await page.GetAsync($"/orders/{draft.Id()}");
        Assert.Contains("Delete draft…", detail.QuerySelectorAll("details.confirm summary").Select(s => s.TextContent));

        var list = await page.SubmitAsync(detail, "@document-move", submitName: "Move", submitValue: "delete");
        Assert.Equal("/orders", list.Path());
        Assert.Equal("The draft sales order was deleted.", list.Text(".flash.success"));
        Assert.False(await app.WithDbAsync(db => db.SalesDocuments.AnyAsync(d => d.Id == draft.Id())));

        var old = await page.GetAsync($"/orders/{stale.Id()}");
        Assert.Equal(HttpStatusCode.OK, (await api.PutJsonAsync($"/api/v1/orders/{stale.Id()}", new { customerId = customer.Id(), lines = new[] { Line("Changed", 1, 1m) } })).StatusCode);
        var refused = await page.SubmitAsync(old, "@document-move", submitName: "Move", submitValue: "delete");
        Assert.Contains("Someone else changed this record", refused.Text(".flash.error"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.SalesDocuments.AnyAsync(d => d.Id == stale.Id())));
    }

    [Fact]
    public async Task A_viewer_sees_the_document_but_no_moves_and_a_posted_move_is_refused()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var order = await api.CreateDocumentAsync("orders", customer.Id(), Line("Look only", 2, 10m));
        await api.ActAsync("orders", order.Id(), "confirm");
        var viewer = await app.SignInAs(StaffRole.Viewer);

        var detail = await viewer.GetAsync($"/orders/{order.Id()}");
        Assert.Empty(detail.QuerySelectorAll(".page-head button"));
        Assert.Null(detail.QuerySelector("#deliver"));
        Assert.NotNull(detail.QuerySelector("a[href$='.pdf']"));

        var cancel = await viewer.SubmitAsync(detail, "@document-move", submitName: "Move", submitValue: "cancel");
        Assert.Contains("Your role can't change sales orders", cancel.Text(".flash.error"), StringComparison.Ordinal);
        var line = await app.WithDbAsync(db => db.SalesDocumentLines.Where(l => l.DocumentId == order.Id()).Select(l => l.Id).SingleAsync());
        var deliver = await viewer.SubmitAsync(detail, "@order-delivery", extra: [new($"Quantities[{line.Invariant()}]", "1")]);
        Assert.NotNull(deliver.QuerySelector(".flash.error"));
        Assert.Equal("confirmed", await StatusAsync(order.Id()));
    }

    [Fact]
    public async Task Unknown_ids_and_ids_of_another_kind_are_not_found()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var quote = await api.CreateDocumentAsync("quotes", customer.Id(), Line("A", 1, 1m));
        var page = await app.SignInAs(StaffRole.Viewer);

        Assert.Equal("Not found", (await page.GetAsync("/invoices/99999999", HttpStatusCode.NotFound)).Text("h1"));
        Assert.Equal("Not found", (await page.GetAsync($"/invoices/{quote.Id()}", HttpStatusCode.NotFound)).Text("h1"));
        Assert.Equal(HttpStatusCode.NotFound, (await page.Http.GetAsync(new Uri($"/orders/{quote.Id()}.pdf", UriKind.Relative))).StatusCode);
    }
}
