using System.Globalization;
using System.Text.Json.Nodes;
using CustomerCenter.Web.Tests.Infrastructure;

namespace CustomerCenter.Web.Tests.Reports;

/// <summary>Reads every page of a report through the API.</summary>
public static class ReportPages
{
    public static async Task<(List<JsonNode> Items, JsonArray Totals)> AllAsync(this HttpClient api, string url)
    {
        var items = new List<JsonNode>();
        JsonArray? totals = null;
        for (var page = 1; ; page++)
        {
            var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            var body = await api.GetJsonAsync($"{url}{separator}pageSize=200&page={page}");
            items.AddRange(body["items"]!.AsArray().Select(i => i!));
            totals ??= body["totals"]!.AsArray();
            if (items.Count >= body["total"]!.GetValue<int>())
            {
                return (items, totals);
            }
        }
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
