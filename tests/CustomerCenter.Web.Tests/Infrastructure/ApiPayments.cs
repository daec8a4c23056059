using System.Net;
using System.Text.Json.Nodes;

namespace CustomerCenter.Web.Tests.Infrastructure;

public static class ApiPayments
{
    public static object Pay(long customerId, decimal amount, string method = "bankTransfer", params (long InvoiceId, decimal Amount)[] allocations) => new
    {
        customerId,
        amount,
        method,
        reference = "test",
        allocations = allocations.Select(a => new { invoiceId = a.InvoiceId, amount = a.Amount }).ToArray(),
    };

    public static async Task<JsonNode> RecordPaymentAsync(this HttpClient api, object body)
    {
        var response = await api.PostJsonAsync("/api/v1/payments", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync();
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient api, string url)
    {
        var response = await api.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync();
    }

    public static async Task<decimal> AmountDueAsync(this HttpClient api, long invoiceId) =>
        (await api.GetJsonAsync($"/api/v1/invoices/{invoiceId}")).Dec("amountDue");
}
