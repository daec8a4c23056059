using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Customers;

/// <summary>The customer pages, driven through their real forms.</summary>
public sealed class CustomerPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Creating_a_customer_through_the_form_stores_it_and_shows_its_page()
    {
        var page = await app.SignInAs(StaffRole.Sales);
        var form = await page.GetAsync("/customers/new");

        var detail = await page.SubmitAsync(form, "@customer", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Form Made GmbH",
            ["Form.Email"] = "office@formmade.de",
            ["Form.Currency"] = "EUR",
            ["Form.PaymentTermsDays"] = "14",
            ["Form.CreditLimit"] = "2500.50",
            ["Form.Billing.Line1"] = "Hauptstraße 1",
            ["Form.Billing.City"] = "München",
            ["Form.Billing.Country"] = "DE",
            ["Form.Shipping[0].Line1"] = "Lager 7",
            ["Form.Shipping[0].Country"] = "AT",
        });

        Assert.Equal("Form Made GmbH", detail.QuerySelector("h1")!.TextContent.Trim());
        var stored = await app.WithDbAsync(db => db.Customers.SingleAsync(c => c.Name == "Form Made GmbH"));
        Assert.Equal(14, stored.PaymentTermsDays);
        Assert.Equal(250050, stored.CreditLimitMinor);
        Assert.Equal("München", stored.BillingAddress.City);
        Assert.Equal("AT", Assert.Single(stored.ShippingAddresses).Country);
    }

    [Fact]
    public async Task An_invalid_form_comes_back_with_messages_beside_the_fields_and_stores_nothing()
    {
        var page = await app.SignInAs(StaffRole.Sales);
        var form = await page.GetAsync("/customers/new");
        var before = await app.WithDbAsync(db => db.Customers.CountAsync());

        var again = await page.SubmitAsync(form, "@customer", new Dictionary<string, string?>
        {
            ["Form.Name"] = "",
            ["Form.Email"] = "nope",
            ["Form.CreditLimit"] = "lots",
            ["Form.PaymentTermsDays"] = "-3",
            ["Form.Website"] = "ftp://x",
        });

        Assert.NotNull(again.QuerySelector("#error-name"));
        Assert.NotNull(again.QuerySelector("#error-email"));
        Assert.NotNull(again.QuerySelector("#error-creditLimit"));
        Assert.Equal("nope", again.QuerySelector("#email")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Customers.CountAsync()));

        var second = await page.SubmitAsync(again, "@customer", new Dictionary<string, string?> { ["Form.Name"] = "Now Valid", ["Form.Email"] = "a@b.example", ["Form.CreditLimit"] = "", ["Form.PaymentTermsDays"] = "30", ["Form.Website"] = "" });
        Assert.Equal("Now Valid", second.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(before, await app.WithDbAsync(db => db.Customers.CountAsync()) - 1);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_gets_a_conflict_and_overwrites_nothing()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync("Shared Edit Ltd");
        var alice = await app.SignInAs(StaffRole.Sales);
        var bob = await app.SignInAs(StaffRole.Sales);
        var aliceForm = await alice.GetAsync($"/customers/{customer.Id()}/edit");
        var bobForm = await bob.GetAsync($"/customers/{customer.Id()}/edit");

        await alice.SubmitAsync(aliceForm, "@customer", new Dictionary<string, string?> { ["Form.Name"] = "Alice Was Here" });
        var bobResult = await bob.SubmitAsync(bobForm, "@customer", new Dictionary<string, string?> { ["Form.Name"] = "Bob Overwrites" });

        Assert.Contains("Someone else saved this customer", bobResult.QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Alice Was Here", await app.WithDbAsync(db => db.Customers.Where(c => c.Id == customer.Id()).Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_list_searches_sorts_pages_and_batch_trashes_and_the_trash_view_restores()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var a = await api.CreateCustomerAsync("Batchable Alpha");
        var b = await api.CreateCustomerAsync("Batchable Beta");
        var page = await app.SignInAs(StaffRole.Sales);

        var list = await page.GetAsync("/customers?search=batchable&sort=-name");
        var names = list.QuerySelectorAll("table.data tbody td:nth-child(2) a").Select(e => e.TextContent).ToList();
        Assert.Equal(["Batchable Beta", "Batchable Alpha"], names);

        var after = await page.SubmitAsync(list, "@customer-batch", submitName: "BatchAction", submitValue: "trash",
            extra: [new("SelectedIds", a.Id().ToString(System.Globalization.CultureInfo.InvariantCulture)), new("SelectedIds", b.Id().ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Contains("2 customers moved to the trash", after.QuerySelector(".flash.success")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("table.data tbody td:nth-child(2) a"));

        var trash = await page.GetAsync("/customers?trashed=true&search=batchable");
        Assert.Equal(2, trash.QuerySelectorAll("table.data tbody td:nth-child(2) a").Length);
        await page.SubmitAsync(trash, "@customer-batch", submitName: "BatchAction", submitValue: "restore",
            extra: [new("SelectedIds", a.Id().ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var back = await page.GetAsync("/customers?search=batchable");
        Assert.Equal(["Batchable Alpha"], back.QuerySelectorAll("table.data tbody td:nth-child(2) a").Select(e => e.TextContent).ToList());
    }

    [Fact]
    public async Task A_viewer_sees_the_list_but_no_edit_controls_and_cannot_post_a_batch()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync("Viewer Proof");
        var viewer = await app.SignInAs(StaffRole.Viewer);

        var list = await viewer.GetAsync("/customers?search=viewer");
        Assert.Null(list.QuerySelector("a[href='/customers/new']"));
        Assert.Null(list.QuerySelector("button[value=trash]"));
        var after = await viewer.SubmitAsync(list, "@customer-batch", submitName: "BatchAction", submitValue: "trash",
            extra: [new("SelectedIds", customer.Id().ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.NotNull(after.QuerySelector(".flash.error"));
        Assert.False(await app.WithDbAsync(db => db.Customers.AnyAsync(c => c.Id == customer.Id() && c.TrashedAt != null)));
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.Http.GetAsync(new Uri("/customers/new", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_column_choice_is_remembered_per_user()
    {
        var page = await app.SignInAs(StaffRole.Viewer);
        var other = await app.SignInAs(StaffRole.Viewer);
        var list = await page.GetAsync("/customers");
        Assert.NotNull(list.QuerySelector("th a[href*='sort=email']"));

        await page.SubmitAsync(list, "@customer-columns", new Dictionary<string, string?> { ["columns"] = null },
            extra: [new("columns", "number"), new("columns", "vatNumber")]);

        var again = await page.GetAsync("/customers");
        Assert.Null(again.QuerySelector("th a[href*='sort=email']"));
        Assert.Contains("VAT number", again.QuerySelector("table.data thead")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await other.GetAsync("/customers")).QuerySelector("th a[href*='sort=email']"));
    }

    [Fact]
    public async Task The_csv_export_follows_the_current_view()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        await api.CreateCustomerAsync("Exportable One");
        await api.CreateCustomerAsync("Exportable Two");
        var page = await app.SignInAs(StaffRole.Viewer);
        var list = await page.GetAsync("/customers?search=exportable&sort=-name");
        var link = list.QuerySelector("a[href^='/customers/export.csv']")!.GetAttribute("href")!;

        var csv = await (await page.Http.GetAsync(new Uri(link, UriKind.Relative))).Content.ReadAsStringAsync();

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.Contains("Exportable Two", rows[1], StringComparison.Ordinal);
        Assert.Contains("Exportable One", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_page_shows_contacts_and_history_and_contacts_are_added_by_form()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync("Detail Me");
        var page = await app.SignInAs(StaffRole.Sales);

        var form = await page.GetAsync($"/customers/{customer.Id()}/contacts/new");
        await page.SubmitAsync(form, "@contact", new Dictionary<string, string?> { ["Form.FirstName"] = "Dana", ["Form.LastName"] = "Doe", ["Form.Email"] = "dana@example.com" });
        var form2 = await page.GetAsync($"/customers/{customer.Id()}/contacts/new");
        var detail = await page.SubmitAsync(form2, "@contact", new Dictionary<string, string?> { ["Form.FirstName"] = "Eli", ["Form.LastName"] = "Eve", ["Form.IsPrimary"] = "true" });

        var primary = detail.QuerySelector("tr:has(.badge.primary)") ?? detail.QuerySelectorAll("tr").First(r => r.QuerySelector(".badge.primary") is not null);
        Assert.Contains("Eli Eve", primary.TextContent, StringComparison.Ordinal);
        var history = await page.GetAsync($"/customers/{customer.Id()}?tab=history");
        Assert.Contains("Created", history.QuerySelector("#history")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dana Doe", history.QuerySelector("#history")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Foreign_or_unknown_ids_show_not_found()
    {
        var page = await app.SignInAs(StaffRole.Sales);
        var api = await app.ApiAs(StaffRole.Sales);
        var a = await api.CreateCustomerAsync();
        var b = await api.CreateCustomerAsync();
        var contactOfB = await api.CreateContactAsync(b.Id(), "Foreign", "Contact");

        Assert.Equal("Not found", (await page.GetAsync("/customers/99999999", HttpStatusCode.NotFound)).QuerySelector("h1")!.TextContent);
        Assert.Equal("Not found", (await page.GetAsync($"/customers/{a.Id()}/contacts/{contactOfB.Id()}", HttpStatusCode.NotFound)).QuerySelector("h1")!.TextContent);
    }
}
