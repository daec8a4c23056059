using System.Net;
using CustomerCenter.Bench.Data;

namespace CustomerCenter.Bench.Load;

/// <summary>What one probe measured: page, API and plain SQL, with the plan of each recorded query.</summary>
internal sealed record ProbeResult(Probe Probe, Stats? Page, Stats? Api, Stats Sql, int Commands, IReadOnlyList<(RecordedCommand Command, QueryPlan Plan)> Plans);

/// <summary>Measures a <see cref="Probe"/>: its page and API through HTTP (answers checked first), then its recorded SQL replayed.</summary>
internal static class ProbeRun
{
    public static async Task<ProbeResult> MeasureAsync(
        BenchDatabase database, AppClients? clients, HttpClient? portal, Probe probe, Limits limits, Fairness fairness, CancellationToken ct)
    {
        Stats? page = null, api = null;
        if (clients is not null)
        {
            if (probe.ApiWrite is { } write)
            {
                api = await Measure.RunTimedAsync(t => write(clients, t), limits, fairness, ct);
            }
            else if (probe.ApiPath is { } apiPath)
            {
                await ExpectAsync(clients.Api, apiPath, "application/json", ct);
                api = await Measure.RunAsync(t => GetAsync(clients.Api, apiPath, t), limits, fairness, ct);
            }

            var pages = probe.Client == PageClient.Portal ? portal : clients.Pages;
            if (probe.PagePath is { } pagePath && pages is not null)
            {
                await ExpectAsync(pages, pagePath, pagePath.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "text/html", ct);
                page = await Measure.RunAsync(t => GetAsync(pages, pagePath, t), limits, fairness, ct);
            }
        }

        if (probe.Setup is { } setup)
        {
            await using var db = database.CreateContext();
            await setup(db, ct);
        }

        var commands = await SqlRecorder.RecordAsync(database, probe.Sql, probe.Writes, ct);
        var sql = await SqlReplay.MeasureAsync(database, commands, limits, fairness, ct, probe.Writes);
        var plans = new List<(RecordedCommand, QueryPlan)>();
        // Plans of the queries only (EXPLAIN ANALYZE runs what it explains); the reports' SQL starts with WITH.
        foreach (var command in commands.Where(c => c.Text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            || (!probe.Writes && c.Text.TrimStart().StartsWith("WITH", StringComparison.OrdinalIgnoreCase))))
        {
            plans.Add((command, await QueryPlan.ExplainAsync(database, command, ct)));
        }

        return new ProbeResult(probe, page, api, sql, commands.Count, plans);
    }

    /// <summary>Before timing: HTTP 200 with the expected content type, so a sign-in page or an error is never timed as a result.</summary>
    private static async Task ExpectAsync(HttpClient client, string path, string contentType, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), ct);
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (response.StatusCode != HttpStatusCode.OK || !type.Equals(contentType, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"GET {path}: HTTP {(int)response.StatusCode} {type}, expected 200 {contentType}.");
        }
    }

    private static async Task GetAsync(HttpClient client, string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), ct);
        await response.Content.LoadIntoBufferAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path}: HTTP {(int)response.StatusCode}.");
        }
    }
}
