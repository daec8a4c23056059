using System.Text.RegularExpressions;
using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.Web.Features.Portal;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Portal;

[Collection(BrowserCollection.Name)]
public sealed class PortalJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task An_owner_sees_the_open_balance_downloads_an_invoice_orders_cancels_and_invites_a_colleague_who_signs_in() =>
        browser.RunAsync(nameof(An_owner_sees_the_open_balance_downloads_an_invoice_orders_cancels_and_invites_a_colleague_who_signs_in), async page =>
        {
            var app = browser.App;
            var tag = PortalSteps.Tag();
            var shop = await app.CreateShopAsync(tag, allowNewOrders: true);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            // This month: 100.00 + 19 % = 119.00, of which 19.00 is paid. Long overdue: 250.00 + 19 % = 297.50.
            var current = await app.PostInvoiceAsync(shop.CustomerId, 100m, today, today.AddDays(30));
            await app.ReceivePaymentAsync(shop.CustomerId, current.Id, 19m);
            var overdue = await app.PostInvoiceAsync(shop.CustomerId, 250m, today.AddDays(-45), today.AddDays(-31));
            var ownerEmail = $"ada-{tag}@example.com";
            var invitation = await app.InviteAsync(shop, ownerEmail, "Ada Lovelace", PortalRole.Owner);

            await page.AcceptInvitation(invitation, PortalSteps.Password);
            await page.SignInToPortal(shop.Slug, ownerEmail, PortalSteps.Password);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Ada Lovelace" })).ToBeVisibleAsync();
            await page.ExpectTile("invoices-this-month", "1", "119.00 EUR");
            await page.ExpectTile("due", "1", "100.00 EUR");
            await page.ExpectTile("overdue", "1", "297.50 EUR");
            await page.ExpectTile("orders-this-month", "0", "—");
            await Expect(page.RowOf(overdue.Number).GetByText("overdue", new() { Exact = true })).ToBeVisibleAsync();

            // The invoice of this month: its page, then its PDF.
            await page.GoTo("Billing");
            await Expect(page.RowOf(current.Number).Locator("td").Nth(5)).ToHaveTextAsync("100.00 EUR");
            await page.RowOf(current.Number).GetByRole(AriaRole.Link, new() { Name = current.Number }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Invoice {current.Number}" })).ToBeVisibleAsync();
            await Expect(page.DocumentStatus()).ToHaveTextAsync("partly paid");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
            Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
            using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync())))
            {
                var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
                Assert.Contains(current.Number, text, StringComparison.Ordinal);
                Assert.Contains(shop.CustomerName, text, StringComparison.Ordinal);
                Assert.Contains("119.00", text, StringComparison.Ordinal);
            }

            // An order from the catalog, to the shipping address, with a reference and a note.
            await page.GoTo("Orders");
            await page.GetByRole(AriaRole.Link, new() { Name = "New order" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New order", Level = 1 })).ToBeVisibleAsync();
            await page.GetByLabel($"Quantity of {shop.ItemName}").FillAsync("3");
            await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("7 Dock Road") }).CheckAsync();
            await page.GetByLabel("Your reference").FillAsync($"PO {tag}");
            await page.GetByLabel("A note for us").FillAsync("Please deliver before noon.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your order is placed" })).ToBeVisibleAsync();
            await Expect(page.DocumentStatus()).ToHaveTextAsync("waiting for confirmation");
            await Expect(page.Locator("#main")).ToContainTextAsync("7 Dock Road");
            await Expect(page.Locator("#main")).ToContainTextAsync("Please deliver before noon.");
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = shop.ItemName })).ToHaveTextAsync(new Regex(@"3 box\s*12\.50 EUR\s*37\.50 EUR"));
            var orderUrl = page.Url;

            await page.GoTo("Orders");
            var row = page.Locator("tbody tr").Filter(new() { HasText = $"PO {tag}" });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator(".badge")).ToHaveTextAsync("waiting for confirmation");
            await Expect(row).ToContainTextAsync("44.63 EUR");
            Assert.Equal([(null, "submitted", "Please deliver before noon.")], await app.OrdersOfAsync(shop.CustomerId));

            await page.GotoAsync(orderUrl);
            await page.GetByText("Cancel this order…", new() { Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel the order" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your order is cancelled." })).ToBeVisibleAsync();
            await Expect(page.DocumentStatus()).ToHaveTextAsync("cancelled");
            await Expect(page.GetByText("Cancel this order…", new() { Exact = true })).ToHaveCountAsync(0);
            Assert.Equal("cancelled", Assert.Single(await app.OrdersOfAsync(shop.CustomerId)).Status);
            await page.GoTo("Orders");
            await Expect(row.Locator(".badge")).ToHaveTextAsync("cancelled");

            // A colleague, invited from the portal: the email is in the business's mailbox, its link works once.
            var colleague = $"charles-{tag}@example.com";
            await page.GoTo("Users");
            await page.GetByRole(AriaRole.Link, new() { Name = "Invite a user" }).ClickAsync();
            await page.GetByLabel("Name").FillAsync("Charles Babbage");
            await page.GetByLabel("Email").FillAsync(colleague);
            await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^User") }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation sent to {colleague}.");
            await Expect(page.RowOf("Charles Babbage")).ToContainTextAsync("invited");

            var staff = await page.Context.NewPageAsync();
            await staff.SignInAsAdmin();
            var mail = await staff.ReadMailTo(colleague, $"Your access to {shop.CenterName}");
            await staff.CloseAsync();
            Assert.Contains("Hello Charles Babbage", mail, StringComparison.Ordinal);
            Assert.Contains(shop.CustomerName, mail, StringComparison.Ordinal);
            var link = PortalSteps.LinkIn(mail);
            Assert.StartsWith(new Uri(browser.App.BaseAddress, $"/cc/{shop.Slug}/accept?token=").ToString(), link, StringComparison.Ordinal);

            await page.SignOutOfPortal();
            await page.AcceptInvitation(link, "difference engine number two");
            await page.SignInToPortal(shop.Slug, colleague, "difference engine number two");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Charles Babbage" })).ToBeVisibleAsync();
            await Expect(page.Locator(".topbar-user .badge")).ToHaveTextAsync("User");
            await Expect(page.PortalNav().GetByRole(AriaRole.Link)).ToHaveTextAsync(["Home", "Orders", "Billing", "Company"]);
            await page.ExpectTile("due", "1", "100.00 EUR");

            // The link worked once.
            await page.GotoAsync(link);
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("This link has expired or was already used.");
        });

    [Fact]
    public Task A_user_where_ordering_is_off_is_offered_no_new_order_and_a_forged_order_is_refused_and_not_stored() =>
        browser.RunAsync(nameof(A_user_where_ordering_is_off_is_offered_no_new_order_and_a_forged_order_is_refused_and_not_stored), async page =>
        {
            var app = browser.App;
            var tag = PortalSteps.Tag();
            var shop = await app.CreateShopAsync(tag, allowNewOrders: false);
            var email = $"grace-{tag}@example.com";
            await page.AcceptInvitation(await app.InviteAsync(shop, email, "Grace Hopper", PortalRole.User), PortalSteps.Password);
            await page.SignInToPortal(shop.Slug, email, PortalSteps.Password);

            var newOrder = page.GetByText("New order");
            await Expect(page.PortalNav().GetByRole(AriaRole.Link)).ToHaveTextAsync(["Home", "Orders", "Billing", "Company"]);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Latest orders" })).ToBeVisibleAsync();
            await Expect(newOrder).ToHaveCountAsync(0);
            await page.GoTo("Orders");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your orders" })).ToBeVisibleAsync();
            await Expect(page.GetByText("No orders yet.")).ToBeVisibleAsync();
            await Expect(newOrder).ToHaveCountAsync(0);
            await Expect(page.Locator($"a[href*='/orders/new']")).ToHaveCountAsync(0);

            // The address typed by hand, and the form posted anyway with this session's cookies and a valid
            // antiforgery token (from the sign-out form): both refused with the reason, and nothing stored.
            // Through the page's API client: the browser logs a 403 page load as a console error.
            var refused = System.Net.WebUtility.HtmlEncode(PortalOrderService.NotOffered).Replace("&#39;", "&#x27;", StringComparison.Ordinal);
            var typed = await page.APIRequest.GetAsync($"/cc/{shop.Slug}/orders/new");
            Assert.Equal(403, typed.Status);
            var typedPage = await typed.TextAsync();
            Assert.Contains(refused, typedPage, StringComparison.Ordinal);
            Assert.DoesNotContain("Place order", typedPage, StringComparison.Ordinal);

            var token = await page.Locator("input[name='__RequestVerificationToken']").First.InputValueAsync();
            var form = page.APIRequest.CreateFormData();
            form.Set("_handler", "new-order");
            form.Set("__RequestVerificationToken", token);
            form.Set("Input.Action", "place");
            form.Set("Input.Lines[0].ItemId", shop.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            form.Set("Input.Lines[0].Quantity", "5");
            form.Set("Input.DeliveryAddress", "0");
            var forged = await page.APIRequest.PostAsync($"/cc/{shop.Slug}/orders/new", new() { Form = form, MaxRedirects = 0 });

            Assert.Equal(403, forged.Status);
            Assert.Contains(refused, await forged.TextAsync(), StringComparison.Ordinal);
            Assert.Empty(await app.OrdersOfAsync(shop.CustomerId));
            await page.ReloadAsync();
            await Expect(page.GetByText("No orders yet.")).ToBeVisibleAsync();
        });
}
