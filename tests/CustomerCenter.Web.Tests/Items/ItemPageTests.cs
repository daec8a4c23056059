using System.Net;
using AngleSharp.Html.Dom;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Items;

public sealed class ItemPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task EnsureRatesAsync() => await (await app.ApiAs(StaffRole.Admin)).EnsureTaxRatesAsync();

    private static List<string> Skus(IHtmlDocument page) => [.. page.QuerySelectorAll("table.items tbody td:first-child").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task An_item_is_created_and_edited_through_the_form()
    {
        await EnsureRatesAsync();
        var page = await app.SignInAs(StaffRole.Sales);
        var sku = "FORM-" + Guid.NewGuid().ToString("N")[..6];

        var list = await page.SubmitAsync(await page.GetAsync("/items/new"), "@item", new Dictionary<string, string?>
        {
            ["Form.Sku"] = sku,
            ["Form.Name"] = "Form made widget",
            ["Form.UnitPrice"] = "9.99",
            ["Form.Currency"] = "EUR",
            ["Form.TaxRate"] = "19",
        });

        Assert.Equal($"The item {sku} was saved.", list.Text(".flash.success"));
        Assert.Equal([sku], Skus(list));
        Assert.Equal("9.99 EUR", list.Text("table.items tbody td.num"));
        var id = await app.WithDbAsync(db => db.Items.Where(i => i.Sku == sku).Select(i => i.Id).SingleAsync());

        var edit = await page.GetAsync($"/items/{id}/edit");
        await page.SubmitAsync(edit, "@item", new Dictionary<string, string?> { ["Form.UnitPrice"] = "11", ["Form.IsActive"] = "false" });

        var stored = await app.WithDbAsync(db => db.Items.SingleAsync(i => i.Id == id));
        Assert.Equal(11m, stored.UnitPrice);
        Assert.False(stored.IsActive);
    }

    [Fact]
    public async Task An_invalid_item_comes_back_with_messages_and_stores_nothing()
    {
        await EnsureRatesAsync();
        var page = await app.SignInAs(StaffRole.Sales);
        var before = await app.WithDbAsync(db => db.Items.CountAsync());

        var again = await page.SubmitAsync(await page.GetAsync("/items/new"), "@item", new Dictionary<string, string?>
        {
            ["Form.Sku"] = "has spaces",
            ["Form.Name"] = "",
            ["Form.UnitPrice"] = "cheap",
            ["Form.TaxRate"] = "",
        });

        Assert.NotNull(again.FieldError("sku"));
        Assert.NotNull(again.FieldError("name"));
        Assert.NotNull(again.FieldError("unitPrice"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Items.CountAsync()));
    }

    [Fact]
    public async Task The_list_searches_sorts_and_filters_by_active()
    {
        await EnsureRatesAsync();
        var api = await app.ApiAs(StaffRole.Admin);
        var tag = "L" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        foreach (var (suffix, price, active) in new[] { ("A", 30m, true), ("B", 10m, true), ("C", 20m, false) })
        {
            var response = await api.PostJsonAsync("/api/v1/items", new { sku = $"{tag}-{suffix}", name = $"Item {suffix}", unitPrice = price, currency = "EUR", taxRate = 19m, isActive = active });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var page = await app.SignInAs(StaffRole.Viewer);

        Assert.Equal([$"{tag}-A", $"{tag}-C", $"{tag}-B"], Skus(await page.GetAsync($"/items?search={tag}&sort=-unitPrice")));
        Assert.Equal([$"{tag}-B", $"{tag}-A"], Skus(await page.GetAsync($"/items?search={tag}&active=true&sort=unitPrice")));
        Assert.Equal([$"{tag}-C"], Skus(await page.GetAsync($"/items?search={tag}&active=false")));
    }

    [Fact]
    public async Task A_viewer_reads_items_but_cannot_open_the_form()
    {
        var viewer = await app.SignInAs(StaffRole.Viewer);
        var list = await viewer.GetAsync("/items");

        Assert.Null(list.QuerySelector("a[href='/items/new']"));
        Assert.Null(list.QuerySelector("a[href$='/edit']"));
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.Http.GetAsync(new Uri("/items/new", UriKind.Relative))).StatusCode);
        var sales = await app.SignInAs(StaffRole.Sales);
        Assert.Equal("Not found", (await sales.GetAsync("/items/99999999/edit", HttpStatusCode.NotFound)).Text("h1"));
    }
}
