using System.Globalization;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Activity;

/// <summary>The workspace start page: shortcuts that ask for the customer, follow-up lists, this month's figures.</summary>
public sealed class StartPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] ShortcutKeys = ["statement", "payment", "quote", "order", "delivery", "invoice", "refund"];

    [Fact]
    public async Task Each_start_page_shortcut_asks_for_the_customer_and_then_opens_its_page_for_them()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        var name = $"Picked {Guid.NewGuid():N}"[..20];
        var customer = await admin.CreateCustomerAsync(name);
        var page = await app.SignInAs(StaffRole.Admin);

        var home = await page.GetAsync("/");
        var links = home.QuerySelectorAll(".shortcuts a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([.. ShortcutKeys.Select(k => $"/pick-customer?for={k}"), "/customers", "/customers/new"], links);

        foreach (var key in ShortcutKeys)
        {
            var ask = await page.GetAsync($"/pick-customer?for={key}");
            Assert.EndsWith(": which customer?", ask.Text("h1"), StringComparison.Ordinal);
            var found = await page.GetAsync($"/pick-customer?for={key}&search={Uri.EscapeDataString(name)}");
            var choice = Assert.Single(found.QuerySelectorAll(".pick-list a"));
            Assert.Equal(name, choice.TextContent.Trim());
            var target = choice.GetAttribute("href")!;
            Assert.Contains(customer.Id().Invariant(), target, StringComparison.Ordinal);
            await page.GetAsync(target);
        }

        var sales = await app.SignInAs(StaffRole.Sales);
        var salesLinks = (await sales.GetAsync("/")).QuerySelectorAll(".shortcuts a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain("/pick-customer?for=payment", salesLinks);
        Assert.DoesNotContain("/pick-customer?for=refund", salesLinks);
        Assert.Contains("/pick-customer?for=invoice", salesLinks);
        Assert.Equal("Choose what to do", (await page.GetAsync("/pick-customer?for=nothing")).Text("h1"));
    }

    [Fact]
    public async Task The_follow_up_lists_count_what_they_open_and_this_month_counts_the_month()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        var before = await FiguresAsync(admin);
        var id = (await admin.CreateCustomerAsync()).Id();
        var quote = await admin.ActAsync("quotes", (await admin.CreateDocumentAsync("quotes", id, Line("Quote", 1, 10m, 0m))).Id(), "send");
        var order = await admin.ActAsync("orders", (await admin.CreateDocumentAsync("orders", id, Line("Order", 2, 10m, 0m))).Id(), "confirm");
        var longAgo = DateTime.UtcNow.AddDays(-75).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var overdue = await admin.ActAsync("invoices", (await admin.CreateDocumentAsync("invoices", new { customerId = id, date = longAgo, lines = new[] { Line("Old", 1, 100m, 0m) } })).Id(), "post");
        var current = await admin.ActAsync("invoices", (await admin.CreateDocumentAsync("invoices", id, Line("New", 1, 40m, 0m))).Id(), "post");
        await admin.RecordPaymentAsync(new { customerId = id, amount = 15m, method = "cheque", reference = "chq", cheque = new { number = "000777", bank = "Test Bank" } });
        var after = await FiguresAsync(admin);

        Assert.Equal(before["Open quotes"] + 1, after["Open quotes"]);
        Assert.Equal(before["Orders not completed"] + 1, after["Orders not completed"]);
        Assert.Equal(before["Deliveries to do"] + 1, after["Deliveries to do"]);
        Assert.Equal(before["Unpaid invoices"] + 2, after["Unpaid invoices"]);
        Assert.Equal(before["Overdue invoices"] + 1, after["Overdue invoices"]);
        Assert.Equal(before["Cheques to deposit"] + 1, after["Cheques to deposit"]);
        Assert.Equal(before["Invoiced"] + 1, after["Invoiced"]);
        Assert.Equal(before["Payments received"] + 1, after["Payments received"]);
        Assert.Equal(before["Quotes made"] + 1, after["Quotes made"]);
        Assert.Equal(before["Orders made"] + 1, after["Orders made"]);
        Assert.Equal(before["New customers"] + 1, after["New customers"]);

        var page = await app.SignInAs(StaffRole.Admin);
        var home = await page.GetAsync("/");
        var tiles = home.QuerySelectorAll("#follow-up .tile, #this-month .tile").ToList();
        Assert.Equal(after.Count, tiles.Count);
        foreach (var tile in tiles)
        {
            var label = tile.QuerySelector(".tile-label")!.TextContent.Trim();
            Assert.Equal(after[label].ToString("N0", CultureInfo.InvariantCulture), tile.QuerySelector(".tile-value")!.TextContent.Trim());
        }

        Assert.Contains("tile-alert", Tile(home, "Overdue invoices").ClassName, StringComparison.Ordinal);
        Assert.Contains("100.00 EUR", Tile(home, "Overdue invoices").TextContent, StringComparison.Ordinal);
        var lists = new (string Tile, string[] Shows, string[] Hides)[]
        {
            ("Open quotes", [quote.Str("number")], []),
            ("Orders not completed", [order.Str("number")], []),
            ("Deliveries to do", [order.Str("number")], []),
            ("Unpaid invoices", [overdue.Str("number"), current.Str("number")], []),
            ("Overdue invoices", [overdue.Str("number")], [current.Str("number")]),
            ("Cheques to deposit", ["000777"], []),
            ("Invoiced", [current.Str("number")], [overdue.Str("number")]),
        };
        foreach (var (label, shows, hides) in lists)
        {
            var list = await page.GetAsync(Tile(home, label).GetAttribute("href")!);
            var body = list.Text("main");
            Assert.All(shows, number => Assert.Contains(number, body, StringComparison.Ordinal));
            Assert.All(hides, number => Assert.DoesNotContain(number, body, StringComparison.Ordinal));
        }

        foreach (var label in new[] { "Refunds this month", "Payments received", "Quotes made", "Orders made", "New customers" })
        {
            await page.GetAsync(Tile(home, label).GetAttribute("href")!);
        }
    }

    private static AngleSharp.Dom.IElement Tile(AngleSharp.Html.Dom.IHtmlDocument home, string label) =>
        home.QuerySelectorAll(".tile").Single(t => t.QuerySelector(".tile-label")!.TextContent.Trim() == label);

    /// <summary>The start page's counts by label, through the API.</summary>
    private static async Task<Dictionary<string, int>> FiguresAsync(HttpClient api)
    {
        var start = await api.GetJsonAsync("/api/v1/start");
        return start["followUps"]!.AsArray().Concat(start["thisMonth"]!.AsArray())
            .ToDictionary(f => f!.Str("label"), f => f!["count"]!.GetValue<int>());
    }
}
