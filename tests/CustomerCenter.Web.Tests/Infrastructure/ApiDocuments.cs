using System.Net;
using System.Text.Json.Nodes;

namespace CustomerCenter.Web.Tests.Infrastructure;

/// <summary>Builders for tax rates, items and sales documents through the API.</summary>
public static class ApiDocuments
{
    /// <summary>Makes sure the usual rates exist (0, 7, 19, 20 %); idempotent per database.</summary>
    public static async Task EnsureTaxRatesAsync(this HttpClient admin)
    {
        var existing = (await (await admin.GetAsync(new Uri("/api/v1/tax-rates", UriKind.Relative))).ReadAsync()).AsArray()
            .Select(r => r!["percent"]!.GetValue<decimal>()).ToHashSet();
        foreach (var (name, percent) in new[] { ("Zero", 0m), ("Reduced", 7m), ("Standard", 19m), ("UK standard", 20m) })
        {
            if (!existing.Contains(percent))
            {
                var response = await admin.PostJsonAsync("/api/v1/tax-rates", new { name, percent });
                Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            }
        }
    }

    public static object Line(string description, decimal quantity, decimal unitPrice, decimal taxRate = 19m, decimal discountPercent = 0m) =>
        new { description, quantity, unitPrice, taxRate, discountPercent };

    public static async Task<JsonNode> CreateDocumentAsync(this HttpClient api, string segment, long customerId, params object[] lines) =>
        await CreateDocumentAsync(api, segment, new { customerId, lines });

    public static async Task<JsonNode> CreateDocumentAsync(this HttpClient api, string segment, object body)
    {
        var response = await api.PostJsonAsync($"/api/v1/{segment}", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync();
    }

    public static async Task<JsonNode> ActAsync(this HttpClient api, string segment, long id, string action, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = body is null
            ? await api.PostAsync(new Uri($"/api/v1/{segment}/{id}/{action}", UriKind.Relative), null)
            : await api.PostJsonAsync($"/api/v1/{segment}/{id}/{action}", body);
        Assert.True(response.StatusCode == expected, $"{action}: expected {expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync();
    }

    public static async Task<HttpResponseMessage> TryActAsync(this HttpClient api, string segment, long id, string action, object? body = null) =>
        body is null
            ? await api.PostAsync(new Uri($"/api/v1/{segment}/{id}/{action}", UriKind.Relative), null)
            : await api.PostJsonAsync($"/api/v1/{segment}/{id}/{action}", body);

    /// <summary>A posted invoice for a new customer: the starting point of payment tests.</summary>
    public static async Task<(JsonNode Customer, JsonNode Invoice)> PostedInvoiceAsync(this HttpClient api, decimal unitPrice, string currency = "EUR", decimal taxRate = 0m)
    {
        var customer = await api.CreateCustomerAsync(currency: currency);
        var draft = await api.CreateDocumentAsync("invoices", customer.Id(), Line("Services", 1, unitPrice, taxRate));
        var posted = await api.ActAsync("invoices", draft.Id(), "post");
        return (customer, posted);
    }

    public static decimal Dec(this JsonNode node, string property) => node[property]!.GetValue<decimal>();

    public static string Str(this JsonNode node, string property) => node[property]!.GetValue<string>();
}
