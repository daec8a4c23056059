using System.Globalization;
using System.Text;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// Issues 4–8 as Markdown: one table of p50 / p95 per request with the ratios page/SQL and API/SQL (of the
/// p50s, the p95s' in brackets) and the issue's goal where it states one; the throughput table with the ratio
/// to /plaintext; then the plans of the recorded queries.
/// </summary>
internal static class IssueReport
{
    public static string Write(
        string setup, bool postgres, int iterations, double disturbed, IReadOnlyList<ProbeResult> results, IReadOnlyList<ThroughputResult> throughput)
    {
        var text = new StringBuilder();
        Line(text, "## Issues 4–8");
        Line(text);
        Line(text, setup);
        Line(text);
        Line(text, "### Times (ms): p50 / p95, and ratios to the plain SQL (p50, p95 in brackets)");
        Line(text);
        Line(text, "| Issue | Request | Page | API | Plain SQL (commands) | Page / SQL | API / SQL | Goal |");
        Line(text, "|---|---|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            Line(text, $"| {r.Probe.Issue} | {r.Probe.Name} | {Cell(r.Page)} | {Cell(r.Api)} | {Cell(r.Sql)} ({r.Commands}) | "
                + $"{Ratio(r.Page, r.Sql)} | {Ratio(r.Api, r.Sql)} | {Goal(r, postgres)} |");
        }

        Line(text);
        Line(text, "Writes (post, payment): the API time is the POST alone (the draft is made before, untimed); the plain SQL is what EF sent for "
            + "the same call through the app's service, replayed in a transaction rolled back each time, with the commands the app builds by hand "
            + "(the ledger's balance upsert, the reports' SQL) recorded from the connection.");
        if (throughput.Count > 0)
        {
            Line(text);
            Line(text, "### Throughput: concurrent clients, each its own connection (and for the portal its own signed-in user)");
            Line(text);
            Line(text, "| Path | Clients | Seconds | Answers (200) | Errors | Requests/s | Latency p50 / p95 (ms) | Ratio to /plaintext |");
            Line(text, "|---|---:|---:|---:|---:|---:|---:|---:|");
            var baseline = throughput.FirstOrDefault(t => t.Path == "/plaintext");
            foreach (var t in throughput)
            {
                // No ‡ here: under full load the clients and the app wait for each other's CPU by design.
                var ratio = baseline is null || baseline.PerSecond == 0 ? "–" : F($"{t.PerSecond / baseline.PerSecond:0.000}");
                Line(text, F($"| {t.Name} `{t.Path}` | {t.Clients} | {t.Elapsed.TotalSeconds:0.0} | {t.Requests:N0} | {t.Errors:N0} | {t.PerSecond:0.0} | ")
                    + $"{Ms(t.Latency.P50)} / {Ms(t.Latency.P95)} | {ratio} |");
            }
        }

        Line(text);
        Line(text, F($"A measure where the measured processes waited for a CPU more than {disturbed:P0} of the time was repeated (up to 3 times); ‡ marks one still above. (n=…) marks a measure stopped by its time limit."));
        Line(text);
        Line(text, "### Query plans (issues 4–8)");
        foreach (var r in results.Where(r => r.Plans.Count > 0))
        {
            Line(text);
            Line(text, $"#### {r.Probe.Name} — `{r.Probe.ApiPath ?? r.Probe.PagePath}`");
            foreach (var (command, plan) in r.Plans)
            {
                Line(text);
                Line(text, "```sql");
                Line(text, command.Text);
                Line(text, "-- parameters: " + string.Join(", ", command.Parameters.Select(p => $"{p.ParameterName}={p.Value}")));
                Line(text, "```");
                Line(text, "```");
                plan.Lines.ToList().ForEach(l => Line(text, l));
                Line(text, "```");
                Line(text, $"→ {plan.Summary}");
            }
        }

        return text.ToString();

        string Cell(Stats? stats) => stats is null
            ? "–"
            : $"{Ms(stats.P50)} / {Ms(stats.P95)}" + (stats.Count < iterations ? $" (n={stats.Count})" : "") + (stats.CpuWait >= disturbed ? " ‡" : "");
    }

    /// <summary>Milliseconds with two decimals below 10 ms (a replayed indexed lookup takes a few hundredths), one above.</summary>
    private static string Ms(double ms) => ms < 10 ? F($"{ms:0.00}") : F($"{ms:0.0}");

    private static string Ratio(Stats? http, Stats sql) =>
        http is null || sql.P50 <= 0 ? "–" : F($"{http.P50 / sql.P50:0.0}× ({http.P95 / sql.P95:0.0}×)");

    private static string Goal(ProbeResult r, bool postgres)
    {
        var goals = new List<string>();
        if (r.Probe.PageWithinSql is { } times && r.Page is { } page)
        {
            goals.Add(F($"page ≤ {times:0}× SQL: ") + (page.P50 <= times * r.Sql.P50 ? "yes" : "**no**"));
        }

        if (r.Probe.PostgresUnderMs is { } ms && postgres)
        {
            var worst = new[] { r.Page, r.Api }.OfType<Stats>().Select(s => s.P95).DefaultIfEmpty(r.Sql.P95).Max();
            goals.Add(F($"p95 < {ms:0} ms: ") + (worst < ms ? "yes" : "**no**"));
        }

        return string.Join("; ", goals);
    }

    private static string F(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
