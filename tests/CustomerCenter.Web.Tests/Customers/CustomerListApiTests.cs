using System.Net;
using System.Text.Json.Nodes;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;

namespace CustomerCenter.Web.Tests.Customers;

/// <summary>Search, sort, paging and CSV over a known set of customers.</summary>
public sealed class CustomerListApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> SeedAsync()
    {
        var api = await app.ApiAs(StaffRole.Admin);
        if ((await ListAsync(api, "pageSize=1"))["total"]!.GetValue<int>() == 0)
        {
            await api.CreateCustomerAsync("Émile Zola SARL", extra: new { email = "contact@zola.fr", phone = "+33 1 23 45 67 89", vatNumber = "FR12345678901" });
            await api.CreateCustomerAsync("Zebra Logistics", extra: new { email = "ops@zebra.example", number = "ZL-7" });
            await api.CreateCustomerAsync("apple orchard", currency: "USD");
            await api.CreateCustomerAsync("=HYPERLINK(\"http://evil\")", extra: new { email = "formula@example.com" });
            for (var i = 0; i < 30; i++)
            {
                await api.CreateCustomerAsync($"Bulk Customer {i:00}");
            }
        }

        return api;
    }

    [Theory]
    [InlineData("emile", "Émile Zola SARL")]
    [InlineData("ZOLA", "Émile Zola SARL")]
    [InlineData("zola.fr", "Émile Zola SARL")]
    [InlineData("contact@zola", "Émile Zola SARL")]
    [InlineData("FR1234", "Émile Zola SARL")]
    [InlineData("23 45 67", "Émile Zola SARL")]
    [InlineData("ZL-7", "Zebra Logistics")]
    [InlineData("zebra log", "Zebra Logistics")]
    public async Task Search_matches_words_of_name_email_phone_number_and_vat(string search, string expected)
    {
        var api = await SeedAsync();
        var page = await ListAsync(api, $"search={Uri.EscapeDataString(search)}");
        Assert.Equal([expected], Names(page));
    }

    [Fact]
    public async Task Sorting_by_name_ignores_case_and_accents_and_reverses()
    {
        var api = await SeedAsync();
        var asc = Names(await ListAsync(api, "sort=name&pageSize=200"));
        var desc = Names(await ListAsync(api, "sort=-name&pageSize=200"));

        Assert.True(asc.IndexOf("apple orchard") < asc.IndexOf("Bulk Customer 00"));
        Assert.True(asc.IndexOf("Émile Zola SARL") < asc.IndexOf("Zebra Logistics"));
        Assert.Equal(asc.AsEnumerable().Reverse(), desc);
    }

    [Fact]
    public async Task Paging_returns_the_requested_slice_and_the_total()
    {
        var api = await SeedAsync();
        var all = Names(await ListAsync(api, "sort=name&pageSize=200"));
        var page2 = await ListAsync(api, "sort=name&page=2&pageSize=5");

        Assert.Equal(all.Count, page2["total"]!.GetValue<int>());
        Assert.Equal(2, page2["page"]!.GetValue<int>());
        Assert.Equal(all.Skip(5).Take(5), Names(page2));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("-createdAt")]
    [InlineData("balance")]
    public async Task A_search_pages_its_matches_in_order_with_their_total(string sort)
    {
        var api = await SeedAsync();
        var all = Names(await ListAsync(api, $"search=bulk&sort={sort}&pageSize=200"));
        var page3 = await ListAsync(api, $"search=bulk&sort={sort}&page=3&pageSize=7");
        var beyond = await ListAsync(api, $"search=bulk&sort={sort}&page=9&pageSize=7");

        Assert.Equal(30, all.Count);
        Assert.All(all, name => Assert.StartsWith("Bulk Customer", name, StringComparison.Ordinal));
        Assert.Equal(30, page3["total"]!.GetValue<int>());
        Assert.Equal(all.Skip(14).Take(7), Names(page3));
        Assert.Equal(30, beyond["total"]!.GetValue<int>());
        Assert.Empty(Names(beyond));
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("sort=password", "sort")]
    [InlineData("kind=robot", "kind")]
    [InlineData("currency=EURO", "currency")]
    public async Task Bad_list_parameters_are_refused(string query, string field)
    {
        var api = await SeedAsync();
        var response = await api.GetAsync(new Uri($"/api/v1/customers?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
    }

    [Fact]
    public async Task Filters_by_currency_and_kind()
    {
        var api = await SeedAsync();
        Assert.Equal(["apple orchard"], Names(await ListAsync(api, "currency=USD")));
        Assert.Equal(0, (await ListAsync(api, "kind=individual"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Csv_export_is_rfc4180_and_neutralises_formulas()
    {
        var api = await SeedAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/customers?sort=name&search=hyperlink");
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await api.SendAsync(request);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Number,Name,Kind,Email", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", lines[1], StringComparison.Ordinal);
    }

    private static async Task<JsonNode> ListAsync(HttpClient api, string query)
    {
        var response = await api.GetAsync(new Uri($"/api/v1/customers?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync();
    }

    private static List<string> Names(JsonNode page) =>
        page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToList();
}
