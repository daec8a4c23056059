using System.Net;
using AngleSharp.Html.Dom;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Sales;

/// <summary>The document editor: lines added, removed and recalculated on the server, items, customers, validation.</summary>
public sealed class DocumentEditorPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> ApiAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        return admin;
    }

    private static Dictionary<string, string?> LineValues(int index, string description, string quantity, string price, string taxRate = "19", string? discount = null) => new()
    {
        [$"Form.Lines[{index}].Description"] = description,
        [$"Form.Lines[{index}].Quantity"] = quantity,
        [$"Form.Lines[{index}].UnitPrice"] = price,
        [$"Form.Lines[{index}].TaxRate"] = taxRate,
        [$"Form.Lines[{index}].Discount"] = discount,
    };

    private static Dictionary<string, string?> With(Dictionary<string, string?> values, Dictionary<string, string?> more)
    {
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }

        return values;
    }

    private static string? Value(IHtmlDocument page, string name) =>
        page.QuerySelector($"[name='{name}']") is IHtmlInputElement input ? input.Value
        : page.QuerySelector($"[name='{name}']") is IHtmlSelectElement select ? select.Value
        : null;

    private Task<int> DocumentCountAsync() => app.WithDbAsync(db => db.SalesDocuments.CountAsync());

    [Fact]
    public async Task A_new_invoice_from_a_customer_is_saved_with_its_lines_and_totals()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync("Invoice Form GmbH", extra: new { paymentTermsDays = 10 });
        var page = await app.SignInAs(StaffRole.Finance);
        var form = await page.GetAsync($"/invoices/new?customerId={customer.Id()}");
        Assert.Equal(customer.Str("number"), Value(form, "Form.Customer"));

        var detail = await page.SubmitAsync(form, "@document", With(LineValues(0, "Consulting", "10", "120", discount: "5"), new()
        {
            ["Form.Date"] = "2025-02-01",
            ["Form.Reference"] = "PO-77",
        }), "Action", "save");

        Assert.Equal("The draft invoice was saved.", detail.Text(".flash.success"));
        Assert.StartsWith("Invoice draft #", detail.Text("h1"), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.SalesDocuments.Include(d => d.Lines).SingleAsync(d => d.Id == detail.IdFromUrl()));
        Assert.Equal(new DateOnly(2025, 2, 11), stored.DueDate);
        Assert.Equal("PO-77", stored.Reference);
        Assert.Equal(135660, stored.TotalMinor);
        Assert.Equal(5m, Assert.Single(stored.Lines).DiscountPercent);
        Assert.Equal("1,356.60 EUR", detail.Text("#document-total"));
    }

    [Fact]
    public async Task Adding_removing_and_recalculating_lines_changes_the_form_and_stores_nothing()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var page = await app.SignInAs(StaffRole.Sales);
        var form = await page.GetAsync($"/quotes/new?customerId={customer.Id()}");
        var before = await DocumentCountAsync();

        var two = await page.SubmitAsync(form, "@document", LineValues(0, "First", "2", "50"), "Action", "add-line");
        Assert.Equal(2, two.QuerySelectorAll("table.line-editor tbody tr").Length);
        Assert.Equal("First", Value(two, "Form.Lines[0].Description"));

        var priced = await page.SubmitAsync(two, "@document", LineValues(1, "Second", "1", "100", "7"), "Action", "recalculate");
        Assert.Equal("100.00 EUR", priced.Text("#line-net-0"));
        Assert.Equal("226.00 EUR", priced.Text("#preview-total"));

        var one = await page.SubmitAsync(priced, "@document", submitName: "Action", submitValue: "remove-line-0");
        Assert.Single(one.QuerySelectorAll("table.line-editor tbody tr"));
        Assert.Equal("Second", Value(one, "Form.Lines[0].Description"));
        Assert.Equal("107.00 EUR", one.Text("#preview-total"));
        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task An_invalid_form_shows_each_message_beside_its_field_and_stores_nothing()
    {
        var page = await app.SignInAs(StaffRole.Sales);
        var form = await page.GetAsync("/orders/new");
        var before = await DocumentCountAsync();

        var again = await page.SubmitAsync(form, "@document", With(LineValues(0, "Bad line", "lots", "-5"), new()
        {
            ["Form.Customer"] = "",
            ["Form.Date"] = "1st of May",
        }), "Action", "save");

        Assert.Contains("Nothing was saved", again.Text(".flash.error"), StringComparison.Ordinal);
        Assert.Equal("Choose the customer.", again.FieldError("customerId")!.TextContent);
        Assert.NotNull(again.FieldError("date"));
        Assert.Contains("quantity", again.FieldError("lines[0].quantity")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(again.FieldError("lines[0].unitPrice"));
        Assert.Equal("lots", Value(again, "Form.Lines[0].Quantity"));
        Assert.Equal("Bad line", Value(again, "Form.Lines[0].Description"));
        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task A_quantity_above_the_limit_comes_back_from_the_service_beside_the_line()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var page = await app.SignInAs(StaffRole.Sales);
        var form = await page.GetAsync($"/orders/new?customerId={customer.Id()}");
        var before = await DocumentCountAsync();

        var again = await page.SubmitAsync(form, "@document", With(LineValues(0, "Fine", "1", "1"), LineValues(1, "Too many", "2000000000", "1")), "Action", "save");

        Assert.Null(again.FieldError("lines[0].quantity"));
        Assert.NotNull(again.FieldError("lines[1].quantity"));
        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task An_item_sku_fills_the_empty_fields_of_its_line()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var sku = "SKU-" + Guid.NewGuid().ToString("N")[..8];
        var created = await api.PostJsonAsync("/api/v1/items", new { sku, name = "Blue widget", unit = "box", unitPrice = 12.5m, currency = "EUR", taxRate = 7m });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var page = await app.SignInAs(StaffRole.Finance);
        var form = await page.GetAsync($"/invoices/new?customerId={customer.Id()}");

        var filled = await page.SubmitAsync(form, "@document", new Dictionary<string, string?>
        {
            ["Form.Lines[0].Sku"] = sku,
            ["Form.Lines[0].Quantity"] = "4",
        }, "Action", "recalculate");

        Assert.Equal("Blue widget", Value(filled, "Form.Lines[0].Description"));
        Assert.Equal("box", Value(filled, "Form.Lines[0].Unit"));
        Assert.Equal("12.5", Value(filled, "Form.Lines[0].UnitPrice"));
        Assert.Equal("7", Value(filled, "Form.Lines[0].TaxRate"));
        Assert.Equal("53.50 EUR", filled.Text("#preview-total"));

        var unknown = await page.SubmitAsync(filled, "@document", new Dictionary<string, string?> { ["Form.Lines[0].Sku"] = "NO-SUCH-SKU" }, "Action", "recalculate");
        Assert.Contains("NO-SUCH-SKU", unknown.FieldError("lines[0].itemId")!.TextContent, StringComparison.Ordinal);

        var saved = await page.SubmitAsync(filled, "@document", submitName: "Action", submitValue: "save");
        var line = await app.WithDbAsync(db => db.SalesDocumentLines.SingleAsync(l => l.DocumentId == saved.IdFromUrl()));
        Assert.NotNull(line.ItemId);
        Assert.Equal(4000, line.QuantityMilli);
    }

    [Fact]
    public async Task A_customer_is_found_by_name_and_several_matches_are_offered_to_pick()
    {
        var api = await ApiAsync();
        var tag = "p" + Guid.NewGuid().ToString("N")[..8];
        var alpha = await api.CreateCustomerAsync($"Alpha {tag}");
        var beta = await api.CreateCustomerAsync($"Beta {tag}");
        var page = await app.SignInAs(StaffRole.Sales);
        var form = await page.GetAsync("/quotes/new");

        var single = await page.SubmitAsync(form, "@document", new Dictionary<string, string?> { ["Form.Customer"] = $"beta {tag}" }, "Action", "recalculate");
        Assert.Equal(beta.Str("number"), Value(single, "Form.Customer"));

        var several = await page.SubmitAsync(form, "@document", new Dictionary<string, string?> { ["Form.Customer"] = tag }, "Action", "recalculate");
        Assert.Contains("Several customers match", several.FieldError("customerId")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, several.QuerySelectorAll("button[value^='pick-customer-']").Length);

        var picked = await page.SubmitAsync(several, "@document", submitName: "Action", submitValue: $"pick-customer-{alpha.Id()}");
        Assert.Equal(alpha.Str("number"), Value(picked, "Form.Customer"));
        Assert.Null(picked.FieldError("customerId"));
    }

    [Fact]
    public async Task Editing_a_draft_saves_it_and_a_stale_form_is_refused_with_a_message()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var draft = await api.CreateDocumentAsync("invoices", customer.Id(), Line("Original", 1, 10m));
        var alice = await app.SignInAs(StaffRole.Finance);
        var bob = await app.SignInAs(StaffRole.Finance);
        var aliceForm = await alice.GetAsync($"/invoices/{draft.Id()}/edit");
        var bobForm = await bob.GetAsync($"/invoices/{draft.Id()}/edit");
        Assert.Equal("Original", Value(aliceForm, "Form.Lines[0].Description"));
        Assert.Equal("19", Value(aliceForm, "Form.Lines[0].TaxRate"));

        var saved = await alice.SubmitAsync(aliceForm, "@document", new Dictionary<string, string?> { ["Form.Lines[0].Description"] = "By Alice" }, "Action", "save");
        var refused = await bob.SubmitAsync(bobForm, "@document", new Dictionary<string, string?> { ["Form.Lines[0].Description"] = "By Bob" }, "Action", "save");

        Assert.Equal($"/invoices/{draft.Id()}", saved.Path());
        Assert.Contains("Someone else saved this invoice", refused.Text(".flash.error"), StringComparison.Ordinal);
        Assert.Equal("By Alice", await app.WithDbAsync(db => db.SalesDocumentLines.Where(l => l.DocumentId == draft.Id()).Select(l => l.Description).SingleAsync()));
    }

    [Fact]
    public async Task A_posted_invoice_has_no_editor()
    {
        var api = await ApiAsync();
        var (_, invoice) = await api.PostedInvoiceAsync(50m);
        var page = await app.SignInAs(StaffRole.Finance);

        var editor = await page.GetAsync($"/invoices/{invoice.Id()}/edit");

        Assert.Contains("can't be changed", editor.Text("main p"), StringComparison.Ordinal);
        Assert.Null(editor.QuerySelector("form input[name='Form.Customer']"));
    }

    [Fact]
    public async Task A_credit_note_starts_from_its_invoice_and_is_linked_to_it()
    {
        var api = await ApiAsync();
        var (_, invoice) = await api.PostedInvoiceAsync(80m);
        var page = await app.SignInAs(StaffRole.Finance);
        var form = await page.GetAsync($"/credit-notes/new?invoiceId={invoice.Id()}");
        Assert.Equal(invoice.Str("number"), Value(form, "Form.InvoiceNumber"));
        Assert.Equal("Services", Value(form, "Form.Lines[0].Description"));

        var detail = await page.SubmitAsync(form, "@document", new Dictionary<string, string?> { ["Form.Lines[0].UnitPrice"] = "30" }, "Action", "save");

        var note = await app.WithDbAsync(db => db.SalesDocuments.SingleAsync(d => d.Id == detail.IdFromUrl()));
        Assert.Equal(invoice.Id(), note.SourceId);
        Assert.Equal(3000, note.TotalMinor);
        Assert.Contains(invoice.Str("number"), detail.Text("#links"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invoice_made_from_an_order_keeps_the_order_s_lines_and_customer_when_edited()
    {
        var api = await ApiAsync();
        var customer = await api.CreateCustomerAsync();
        var order = await api.CreateDocumentAsync("orders", customer.Id(), Line("Ordered box", 3, 10m));
        await api.ActAsync("orders", order.Id(), "confirm");
        var invoice = await api.ActAsync("orders", order.Id(), "invoice", new { scope = "all" }, HttpStatusCode.Created);
        var page = await app.SignInAs(StaffRole.Finance);
        var form = await page.GetAsync($"/invoices/{invoice.Id()}/edit");
        Assert.Null(form.QuerySelector("input[name='Form.Lines[0].Description']"));
        Assert.True(form.QuerySelector("#customer")!.HasAttribute("readonly"));

        var saved = await page.SubmitAsync(form, "@document", new Dictionary<string, string?> { ["Form.Reference"] = "PO-BOX" }, "Action", "save");

        Assert.Equal("The draft invoice was saved.", saved.Text(".flash.success"));
        var stored = await app.WithDbAsync(db => db.SalesDocuments.Include(d => d.Lines).SingleAsync(d => d.Id == invoice.Id()));
        Assert.Equal("PO-BOX", stored.Reference);
        Assert.Equal("Ordered box", Assert.Single(stored.Lines).Description);
        Assert.NotNull(stored.Lines[0].SourceLineId);
    }

    [Fact]
    public async Task Unknown_drafts_are_not_found_and_roles_without_the_right_are_sent_away()
    {
        var page = await app.SignInAs(StaffRole.Sales);
        Assert.Equal("Not found", (await page.GetAsync("/orders/99999999/edit", HttpStatusCode.NotFound)).Text("h1"));

        var viewer = await app.SignInAs(StaffRole.Viewer);
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.Http.GetAsync(new Uri("/invoices/new", UriKind.Relative))).StatusCode);
        var finance = await app.SignInAs(StaffRole.Finance);
        Assert.Equal(HttpStatusCode.Redirect, (await finance.Http.GetAsync(new Uri("/orders/new", UriKind.Relative))).StatusCode);
    }
}
