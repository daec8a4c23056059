using System.Net;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Portal;

/// <summary>New Order and cancelling in the portal: when ordering is allowed, from which catalog, and until when a customer may cancel.</summary>
public sealed class PortalOrderTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Shop(PortalWorld World, string Slug, long CustomerId, PortalLogin Owner, PortalLogin User, long Bolts, long Nuts, long Software, long Dollars);

    private async Task<Shop> ShopAsync(object? orders = null, object? roles = null)
    {
        var world = await PortalWorld.CreateAsync(app);
        var tag = PortalWorld.Tag().ToUpperInvariant();
        var slug = await world.CreateCenterAsync(new
        {
            orders = orders ?? new { allowNewOrders = true, catalogSkuPrefixes = new[] { $"HW-{tag}-" } },
            roles = roles ?? new { },
        });
        var customer = await world.CreateCustomerAsync(slug);
        var bolts = await world.CreateItemAsync($"HW-{tag}-BOLT", 10.5m, name: $"Bolt {tag}");
        var nuts = await world.CreateItemAsync($"HW-{tag}-NUT", 0.125m, name: $"Nut {tag}");
        var software = await world.CreateItemAsync($"SW-{tag}", 99m, name: $"Licence {tag}");
        var dollars = await world.CreateItemAsync($"HW-{tag}-USD", 5m, "USD", name: $"Imported bolt {tag}");
        return new Shop(world, slug, customer.Id(),
            await world.AddLoginAsync(slug, customer.Id(), PortalRole.Owner), await world.AddLoginAsync(slug, customer.Id(), PortalRole.User),
            bolts.Id(), nuts.Id(), software.Id(), dollars.Id());
    }

    private Task<int> OrderCountAsync(long customerId) => app.WithDbAsync(db => db.SalesDocuments.CountAsync(d => d.CustomerId == customerId));

    [Fact]
    public async Task An_order_arrives_as_submitted_by_the_customer_with_catalog_prices_and_the_chosen_address()
    {
        var shop = await ShopAsync();
        using var page = await shop.World.SignInAsync(shop.User);

        var form = await page.GetAsync($"/cc/{shop.Slug}/orders/new");
        Assert.Equal([shop.Bolts, shop.Nuts], form.OfferedItems().Order());
        var done = await page.PlaceOrderAsync(shop.Slug, new Dictionary<long, string> { [shop.Bolts] = "2.5", [shop.Nuts] = "1,25" },
            deliveryAddress: 2, notes: "<script>alert('x')</script> & ring twice", reference: "PO-<b>77</b>");

        Assert.Contains("Your order is placed", done.Flash(), StringComparison.Ordinal);
        var order = await app.WithDbAsync(db => db.SalesDocuments.Include(d => d.Lines).SingleAsync(d => d.CustomerId == shop.CustomerId));
        Assert.Equal(("submitted", true, null), (order.Status, order.SubmittedByCustomer, order.Number));
        Assert.Equal([(2500L, 10.5m, 19m), (1250L, 0.125m, 19m)], order.Lines.OrderBy(l => l.Position).Select(l => (l.QuantityMilli, l.UnitPrice, l.TaxRate)));
        Assert.Equal(("Bremen", "Berlin"), (order.ShippingAddress.City, order.BillingAddress.City));
        Assert.Equal(3143, order.TotalMinor);
        Assert.Equal("<script>alert('x')</script> & ring twice", order.Notes);

        var html = await page.Http.GetStringAsync(new Uri($"/cc/{shop.Slug}/orders/{order.Id}", UriKind.Relative));
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; ring twice", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>77</b>", html, StringComparison.Ordinal);

        var staff = await shop.World.Admin.GetJsonAsync($"/api/v1/orders?status=submitted&customerId={shop.CustomerId}");
        Assert.Equal(order.Id, staff["items"]![0]!.Id());
        Assert.True((await shop.World.Admin.GetJsonAsync($"/api/v1/orders/{order.Id}"))["submittedByCustomer"]!.GetValue<bool>());
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "SalesDocument" && a.EntityId == order.Id).Select(a => a.Actor).ToListAsync());
        Assert.Contains(audit, a => a.Contains(shop.User.Email, StringComparison.Ordinal) && a.EndsWith("(portal)", StringComparison.Ordinal));

        using var pdf = new Pdf.PdfReader(await shop.World.Admin.GetByteArrayAsync(new Uri($"/api/v1/orders/{order.Id}/pdf", UriKind.Relative)));
        Assert.Contains("<script>alert('x')</script>", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_outside_the_catalog_or_in_another_currency_are_refused_and_nothing_is_stored()
    {
        var shop = await ShopAsync();
        using var page = await shop.World.SignInAsync(shop.Owner);
        var form = await page.GetAsync($"/cc/{shop.Slug}/orders/new");

        foreach (var forbidden in new[] { shop.Software, shop.Dollars, 99_999_999L })
        {
            var answer = await page.SubmitAsync(form, "@new-order", new Dictionary<string, string?> { ["Input.Lines[0].ItemId"] = forbidden.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Lines[0].Quantity"] = "1" },
                "Input.Action", "place");
            Assert.Contains("This item can't be ordered here.", answer.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(0, await OrderCountAsync(shop.CustomerId));
    }

    [Fact]
    public async Task Wrong_quantities_and_too_many_lines_are_refused_with_the_reason_beside_the_item()
    {
        var shop = await ShopAsync(new { allowNewOrders = true, maxLines = 1 });
        using var page = await shop.World.SignInAsync(shop.Owner);

        foreach (var (quantity, message) in new[] { ("1.2345", "at most 3 decimals"), ("0", "more than zero"), ("-2", "more than zero"), ("two", "Enter a number") })
        {
            var answer = await page.PlaceOrderAsync(shop.Slug, new Dictionary<long, string> { [shop.Bolts] = quantity });
            var row = answer.QuerySelectorAll("tr").First(r => r.QuerySelector($"input[type=hidden][value='{shop.Bolts}']") is not null);
            Assert.Contains(message, row.TextContent, StringComparison.Ordinal);
        }

        var tooMany = await page.PlaceOrderAsync(shop.Slug, new Dictionary<long, string> { [shop.Bolts] = "1", [shop.Nuts] = "1" });
        var none = await page.PlaceOrderAsync(shop.Slug, new Dictionary<long, string>());
        Assert.Contains("Enter a quantity for at least one item.", none.QuerySelector("#error-lines")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("at most 1 line.", tooMany.QuerySelector("#error-lines")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await OrderCountAsync(shop.CustomerId));
    }

    [Fact]
    public async Task With_ordering_off_no_new_order_is_offered_and_a_post_made_anyway_is_refused_with_403()
    {
        var shop = await ShopAsync(new { allowNewOrders = false });
        using var page = await shop.World.SignInAsync(shop.User);

        foreach (var url in new[] { $"/cc/{shop.Slug}", $"/cc/{shop.Slug}/orders" })
        {
            var html = await page.GetAsync(url);
            Assert.Null(html.QuerySelector($"a[href='/cc/{shop.Slug}/orders/new']"));
            Assert.DoesNotContain("New order", html.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await page.RawGetAsync($"/cc/{shop.Slug}/orders/new")).StatusCode);
        var token = (await page.GetAsync($"/cc/{shop.Slug}/orders")).Antiforgery();
        var forged = await page.RawPostAsync($"/cc/{shop.Slug}/orders/new",
        [
            new("_handler", "new-order"), new("__RequestVerificationToken", token), new("Input.Action", "place"),
            new("Input.Lines[0].ItemId", shop.Bolts.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Lines[0].Quantity", "5"),
        ]);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains(PortalOrderService.NotOffered.Replace("'", "&#x27;", StringComparison.Ordinal), await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await OrderCountAsync(shop.CustomerId));
    }

    [Fact]
    public async Task A_role_override_turns_ordering_off_for_users_while_the_owner_still_orders()
    {
        var shop = await ShopAsync(roles: new { user = new { orders = new { allowNewOrders = false } } });
        using var owner = await shop.World.SignInAsync(shop.Owner);
        using var user = await shop.World.SignInAsync(shop.User);

        Assert.Equal(HttpStatusCode.OK, (await owner.RawGetAsync($"/cc/{shop.Slug}/orders/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.RawGetAsync($"/cc/{shop.Slug}/orders/new")).StatusCode);
    }

    [Fact]
    public async Task The_customer_cancels_an_order_until_staff_confirm_it_and_then_gets_a_clear_refusal()
    {
        var shop = await ShopAsync();
        using var page = await shop.World.SignInAsync(shop.Owner);
        await page.PlaceOrderAsync(shop.Slug, new Dictionary<long, string> { [shop.Bolts] = "1" });
        var first = await app.WithDbAsync(db => db.SalesDocuments.Where(d => d.CustomerId == shop.CustomerId).Select(d => d.Id).SingleAsync());

        var cancelled = await page.SubmitAsync(await page.GetAsync($"/cc/{shop.Slug}/orders/{first}"), "@cancel-order");
        Assert.Contains("Your order is cancelled.", cancelled.Flash(), StringComparison.Ordinal);
        Assert.Null(cancelled.QuerySelector("details.confirm"));

        await page.PlaceOrderAsync(shop.Slug, new Dictionary<long, string> { [shop.Nuts] = "100" });
        var second = await app.WithDbAsync(db => db.SalesDocuments.Where(d => d.CustomerId == shop.CustomerId && d.Id != first).Select(d => d.Id).SingleAsync());
        var open = await page.GetAsync($"/cc/{shop.Slug}/orders/{second}");
        var confirmed = await shop.World.Admin.ActAsync("orders", second, "confirm");
        var refused = await page.SubmitAsync(open, "@cancel-order");

        Assert.Contains("An order that is confirmed can't be cancelled in the portal; please contact us.", refused.QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(confirmed.Str("number"), refused.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("details.confirm"));
        Assert.Equal(["cancelled", "confirmed"], await app.WithDbAsync(db => db.SalesDocuments.Where(d => d.CustomerId == shop.CustomerId).OrderBy(d => d.Id).Select(d => d.Status).ToListAsync()));
    }

    [Fact]
    public async Task With_cancelling_off_the_order_page_offers_no_cancel()
    {
        var shop = await ShopAsync(new { allowNewOrders = true, allowCancel = false });
        using var page = await shop.World.SignInAsync(shop.Owner);
        var placed = await page.PlaceOrderAsync(shop.Slug, new Dictionary<long, string> { [shop.Bolts] = "1" });

        Assert.Contains("waiting for confirmation", placed.QuerySelector(".subtitle")!.TextContent, StringComparison.Ordinal);
        Assert.Null(placed.QuerySelector("details.confirm"));
    }
}
