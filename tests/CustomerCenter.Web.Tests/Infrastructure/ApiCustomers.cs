using System.Net;
using System.Text.Json.Nodes;

namespace CustomerCenter.Web.Tests.Infrastructure;

/// <summary>Builders for customers and contacts through the API, so tests read as intent.</summary>
public static class ApiCustomers
{
    public static async Task<JsonNode> CreateCustomerAsync(this HttpClient api, string? name = null, string currency = "EUR", object? extra = null)
    {
        var body = new JsonObject
        {
            ["kind"] = "company",
            ["name"] = name ?? $"Customer {Guid.NewGuid():N}"[..20],
            ["currency"] = currency,
            ["email"] = "billing@example.com",
            ["billingAddress"] = new JsonObject { ["line1"] = "1 Main Street", ["city"] = "Berlin", ["postalCode"] = "10115", ["country"] = "DE" },
        };
        if (extra is not null)
        {
            foreach (var (key, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extra, Json.Options))!.AsObject())
            {
                body[key] = value?.DeepClone();
            }
        }

        var response = await api.PostJsonAsync("/api/v1/customers", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    public static async Task<JsonNode> CreateContactAsync(this HttpClient api, long customerId, string first, string last, bool? primary = null, string? email = null)
    {
        var response = await api.PostJsonAsync($"/api/v1/customers/{customerId}/contacts",
            new { firstName = first, lastName = last, email = email ?? $"{first.ToLowerInvariant()}@example.com", isPrimary = primary });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    public static long Id(this JsonNode node) => node["id"]!.GetValue<long>();
}
