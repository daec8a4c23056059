using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerCenter.Web.Tests.Infrastructure;

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<JsonNode> ReadAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty JSON body.");
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body, Options);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(new Uri(url, UriKind.Relative), body, Options);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body, string contentType = "application/json") =>
        client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, contentType));

    /// <summary>The messages a 400 problem gives for one field.</summary>
    public static async Task<string[]> FieldErrorsAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.ReadAsync();
        var errors = body["errors"]?[field]?.AsArray();
        return errors?.Select(e => e!.GetValue<string>()).ToArray() ?? [];
    }
}
