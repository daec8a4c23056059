using System.Globalization;
using System.Text;

namespace CustomerCenter.Bench.Load;

/// <summary>The results as Markdown: the query plans, then one table of p50 / p95 / max per request.</summary>
internal static class Report
{
    public const double GoalP95Ms = 50;

    public static string Write(string title, string setup, int iterations, double disturbed, Stats? plaintext, IReadOnlyList<ScenarioResult> results)
    {
        var text = new StringBuilder();
        Line(text, $"## {title}");
        Line(text);
        Line(text, setup);
        Line(text);
        Line(text, "### Query plans");
        foreach (var result in results)
        {
            Line(text);
            Line(text, $"#### {result.Scenario.Name} — `{result.Scenario.ApiPath}`");
            foreach (var (command, plan) in result.Plans)
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

        Line(text);
        Line(text, "### Times (ms): p50 / p95 / max");
        Line(text);
        Line(text, "| Request | Rows | Page (HTML) | API (JSON) | Plain SQL | p95 < 50 ms |");
        Line(text, "|---|---:|---:|---:|---:|:---:|");
        if (plaintext is not null)
        {
            Line(text, $"| /plaintext (baseline) | | | {Cell(plaintext)} | | |");
        }

        foreach (var r in results)
        {
            var worst = new[] { r.Page, r.Api, r.Sql }.Where(s => s is not null).Max(s => s!.P95);
            Line(text, $"| {r.Scenario.Name} | {r.Matches:N0} | {Cell(r.Page)} | {Cell(r.Api)} | {Cell(r.Sql)} | {(worst < GoalP95Ms ? "yes" : "**no**")} |");
        }

        var all = results.SelectMany(r => new[] { r.Page, r.Api, r.Sql }).Append(plaintext).OfType<Stats>().ToList();
        Line(text);
        var median = all.Select(s => s.CpuWait).Order().ElementAt(all.Count / 2);
        Line(text, string.Create(CultureInfo.InvariantCulture,
            $"Time the measured processes waited for a CPU held by other work: at most {all.Max(s => s.CpuWait):P1} of a reported measure (median {median:P1}); a measure above {disturbed:P0} was repeated (up to 3 times) and the least disturbed one kept; ‡ marks one still above."));
        Line(text, "(n=…) marks a measure stopped by its time limit.");
        return text.ToString();

        string Cell(Stats? stats) => stats is null
            ? "–"
            : string.Create(CultureInfo.InvariantCulture, $"{stats.P50:0.0} / {stats.P95:0.0} / {stats.Max:0.0}")
                + (stats.Count < iterations ? $" (n={stats.Count})" : "")
                + (stats.CpuWait >= disturbed ? " ‡" : "");
    }

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
