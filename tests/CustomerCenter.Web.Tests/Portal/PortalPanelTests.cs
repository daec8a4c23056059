using System.Net;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Portal;

/// <summary>Which panels and links a role sees, as the center's settings say, and that each page shows the customer's own data.</summary>
public sealed class PortalPanelTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_owner_sees_every_panel_with_their_data()
    {
        var world = await PortalWorld.CreateAsync(app);
        var slug = await world.CreateCenterAsync(new { orders = new { allowNewOrders = true } });
        var customer = await world.CreateCustomerAsync(slug);
        var owner = await world.AddLoginAsync(slug, customer.Id(), PortalRole.Owner);
        var order = await world.ConfirmedOrderAsync(customer.Id());
        await world.DeliverAllAsync(order);
        var invoice = await world.PostedInvoiceAsync(customer.Id(), 200m, reference: "PO-7781");
        var payment = await world.PaymentAsync(customer.Id(), 80m, (invoice.Id(), 80m));
        using var page = await world.SignInAsync(owner);

        var home = await page.GetAsync($"/cc/{slug}");
        Assert.Equal(["Home", "Orders", "Billing", "Users", "Company"], home.QuerySelectorAll(".portal-nav a").Select(a => a.TextContent.Trim()));
        Assert.Contains(invoice.Str("number"), home.QuerySelector("body")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector($"a[href='/cc/{slug}/orders/new']"));

        var orders = await page.GetAsync($"/cc/{slug}/orders");
        Assert.Contains(order.Str("number"), orders.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var detail = await page.GetAsync($"/cc/{slug}/orders/{order.Id()}");
        Assert.Contains("Widgets", detail.QuerySelector("#deliveries")!.TextContent, StringComparison.Ordinal);

        var invoices = await page.GetAsync($"/cc/{slug}/billing");
        Assert.Contains(invoice.Str("number"), invoices.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var invoicePage = await page.GetAsync($"/cc/{slug}/billing/invoices/{invoice.Id()}");
        Assert.Contains(payment.Str("number"), invoicePage.QuerySelector("#payments")!.TextContent, StringComparison.Ordinal);
        Assert.True(invoicePage.QuerySelector(".totals")!.TextContent.Contains("158.00 EUR", StringComparison.Ordinal), invoicePage.QuerySelector(".totals")!.OuterHtml);

        var due = await page.GetAsync($"/cc/{slug}/billing/due");
        Assert.Contains(invoice.Str("number"), due.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var payments = await page.GetAsync($"/cc/{slug}/billing/payments");
        Assert.Contains(payment.Str("number"), payments.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var paymentPage = await page.GetAsync($"/cc/{slug}/billing/payments/{payment.Id()}");
        Assert.Contains(invoice.Str("number"), paymentPage.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var statement = await page.GetAsync($"/cc/{slug}/billing/statement?from=2020-01-01");
        Assert.Contains(invoice.Str("number"), statement.QuerySelector("#statement")!.TextContent, StringComparison.Ordinal);
        var users = await page.GetAsync($"/cc/{slug}/users");
        Assert.Contains(owner.Email, users.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var profile = await page.GetAsync($"/cc/{slug}/profile");
        Assert.Contains("HRB 12345", profile.QuerySelector("body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bremen", profile.QuerySelector("body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_the_business_own_and_never_appear_in_the_portal()
    {
        var world = await PortalWorld.CreateAsync(app);
        var slug = await world.CreateCenterAsync();
        var customer = await world.CreateCustomerAsync(slug);
        var owner = await world.AddLoginAsync(slug, customer.Id(), PortalRole.Owner);
        var draftInvoice = await world.DraftInvoiceAsync(customer.Id());
        var draftOrder = await world.DraftOrderAsync(customer.Id());
        using var page = await world.SignInAsync(owner);

        Assert.DoesNotContain("Draft work", (await page.GetAsync($"/cc/{slug}/billing")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff draft", (await page.GetAsync($"/cc/{slug}/orders")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, (await page.GetAsync($"/cc/{slug}")).QuerySelectorAll("tbody tr").Length);
        await page.GetAsync($"/cc/{slug}/billing/invoices/{draftInvoice.Id()}", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await page.RawGetAsync($"/cc/{slug}/billing/invoices/{draftInvoice.Id()}.pdf")).StatusCode);
        await page.GetAsync($"/cc/{slug}/orders/{draftOrder.Id()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Column_choices_are_remembered_per_user_on_every_list()
    {
        var world = await PortalWorld.CreateAsync(app);
        var slug = await world.CreateCenterAsync();
        var customer = await world.CreateCustomerAsync(slug);
        var owner = await world.AddLoginAsync(slug, customer.Id(), PortalRole.Owner);
        var admin = await world.AddLoginAsync(slug, customer.Id(), PortalRole.Admin);
        await world.PostedInvoiceAsync(customer.Id(), 10m, reference: "PO-COLUMNS");
        using var ownerPage = await world.SignInAsync(owner);
        using var adminPage = await world.SignInAsync(admin);

        foreach (var (list, form) in new[] { ("orders", "order-columns"), ("billing", "invoice-columns"), ("billing/due", "due-columns"), ("billing/payments", "payment-columns"), ("users", "user-columns") })
        {
            var before = await ownerPage.GetAsync($"/cc/{slug}/{list}");
            var headers = before.QuerySelectorAll("thead th").Length;
            var chosen = before.QuerySelectorAll($"form input[name='columns']").Select(c => c.GetAttribute("value")!).ToList();
            var saved = await ownerPage.SubmitAsync(before, $"@{form}", extra: [new("columns", chosen[0])],
                values: new Dictionary<string, string?> { ["columns"] = null });
            Assert.Contains("Your column choice is saved.", saved.Flash(), StringComparison.Ordinal);
            var after = await ownerPage.GetAsync($"/cc/{slug}/{list}");
            Assert.Equal([chosen[0]], after.QuerySelectorAll("form input[name='columns'][checked]").Select(c => c.GetAttribute("value")));
            Assert.True(after.QuerySelectorAll("thead th").Length <= headers, list);
            Assert.NotEqual(1, (await adminPage.GetAsync($"/cc/{slug}/{list}")).QuerySelectorAll("form input[name='columns'][checked]").Length);
        }

        var invoices = await ownerPage.GetAsync($"/cc/{slug}/billing");
        var withReference = await ownerPage.SubmitAsync(invoices, "@invoice-columns", extra: [new("columns", "reference")], values: new Dictionary<string, string?> { ["columns"] = null });
        Assert.Contains("PO-COLUMNS", withReference.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Panels_turned_off_for_a_role_leave_the_nav_and_answer_not_found()
    {
        var world = await PortalWorld.CreateAsync(app);
        var slug = await world.CreateCenterAsync(new { roles = new { user = new { panels = new { orders = false, profile = false, home = false } } } });
        var customer = await world.CreateCustomerAsync(slug);
        var user = await world.AddLoginAsync(slug, customer.Id(), PortalRole.User);
        var order = await world.ConfirmedOrderAsync(customer.Id());
        using var page = await world.SignInAsync(user);

        var home = await page.GetAsync($"/cc/{slug}");
        Assert.Equal(["Billing"], home.QuerySelectorAll(".portal-nav a").Select(a => a.TextContent.Trim()));
        Assert.Empty(home.QuerySelectorAll(".tiles"));
        foreach (var url in new[] { "orders", $"orders/{order.Id()}", "orders/new", "profile" })
        {
            Assert.True(HttpStatusCode.NotFound == (await page.RawGetAsync($"/cc/{slug}/{url}")).StatusCode, url);
        }
    }

    [Fact]
    public async Task A_change_request_is_mailed_to_the_business_as_plain_text_and_kept_in_the_customers_history()
    {
        var world = await PortalWorld.CreateAsync(app);
        var slug = await world.CreateCenterAsync(new { branding = new { supportEmail = "desk@northwind.example" } });
        var customer = await world.CreateCustomerAsync(slug);
        var owner = await world.AddLoginAsync(slug, customer.Id(), PortalRole.Owner);
        using var page = await world.SignInAsync(owner);
        const string message = "Our new address: <b>12 Harbour St</b>\nHamburg";

        var empty = await page.SubmitAsync(await page.GetAsync($"/cc/{slug}/profile"), "@request-change", new Dictionary<string, string?> { ["Input.Message"] = " " });
        Assert.NotNull(empty.QuerySelector("#error-message"));
        var sent = await page.SubmitAsync(await page.GetAsync($"/cc/{slug}/profile"), "@request-change", new Dictionary<string, string?> { ["Input.Message"] = message });

        Assert.Contains("your request is on its way", sent.Flash(), StringComparison.Ordinal);
        var mail = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "portal-change-request" && m.CustomerId == customer.Id()));
        Assert.Equal("desk@northwind.example", mail.To);
        Assert.Null(mail.HtmlBody);
        Assert.Contains(message, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(owner.Email, mail.TextBody, StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.CustomerId == customer.Id() && a.Action == "Change requested for"));
        Assert.Contains("12 Harbour St", audit.Changes, StringComparison.Ordinal);
        Assert.EndsWith("(portal)", audit.Actor, StringComparison.Ordinal);

        var staff = await world.Admin.GetJsonAsync($"/api/v1/customers/{customer.Id()}/history");
        Assert.Contains("Change requested", staff.ToJsonString(), StringComparison.Ordinal);
    }
}
