using System.Net;
using System.Text.Json;
using CustomerCenter.Bench.Cli;
using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// <c>run</c>: times every <see cref="Scenario"/> as a page, as an API call and as the plain SQL EF sends
/// for it, then prints the plans and a table. Requests go one at a time: this measures latency.
/// </summary>
internal static class LoadRun
{
    public sealed record Options(Uri? Url, string? Certificate, int? AppProcessId, Limits Limits, TimeSpan QuietWait, int Nice, string? Out)
    {
        public static Options From(Arguments args) => new(
            args.Text("url") is { } url ? new Uri(url) : null,
            args.Text("cert"),
            args.Text("app-pid") is null ? null : args.Int("app-pid", 0),
            new Limits(args.Int("warmup", 20), args.Int("iterations", 200), TimeSpan.FromSeconds(args.Int("max-seconds", 60))),
            TimeSpan.FromSeconds(args.Int("quiet-wait", 0)),
            args.Int("nice", 0),
            args.Text("out"));
    }

    public static async Task<int> RunAsync(BenchDatabase database, Options options, CancellationToken ct)
    {
        int customers;
        await using (var db = database.CreateContext())
        {
            customers = await db.Customers.CountAsync(ct);
        }

        var ours = new CpuWatch.Ours(options.AppProcessId);
        var fairness = new Fairness(ours, options.QuietWait, t => PostgresBackends.AdoptAsync(database, ours, options.Nice, t));
        var loadBefore = LoadAverage();
        using var clients = options.Url is null ? null : await SignInAsync(database, options.Url, options.Certificate, ct);
        Stats? plaintext = null;
        if (clients is not null)
        {
            Console.WriteLine("Measuring /plaintext…");
            plaintext = await Measure.RunAsync(t => GetAsync(clients.Api, "/plaintext", t), options.Limits, fairness, ct);
        }

        var results = new List<ScenarioResult>();
        foreach (var scenario in Scenario.All)
        {
            Console.WriteLine($"Measuring {scenario.Name}…");
            results.Add(await MeasureAsync(database, clients, scenario, options.Limits, fairness, ct));
        }

        var setup = $"{customers:N0} customers; {Environment.ProcessorCount} cores; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; "
            + $"load average {loadBefore} before, {LoadAverage()} after"
            + (options.Nice == 0 ? ". " : $"; bench, app{(database.Provider == DatabaseProvider.Postgres ? " and its PostgreSQL backends" : "")} at nice {options.Nice}. ")
            + $"Each cell: {options.Limits.Iterations} requests one at a time after {options.Limits.Warmup} untimed ones"
            + (options.Url is null ? "; SQL only (no --url)." : $", to the app at {options.Url} (Release build, Production environment).")
            + " Plain SQL = the commands EF Core sent for that request (count + page), replayed with ADO.NET on one open connection.";
        var report = Report.Write($"Customer list — {database.Name}", setup, options.Limits.Iterations, fairness.Disturbed, plaintext, results);
        Console.WriteLine();
        Console.Write(report);
        if (options.Out is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
            await File.WriteAllTextAsync(options.Out, report, ct);
            Console.WriteLine($"\nWritten to {options.Out}");
        }

        return 0;
    }

    private static async Task<AppClients> SignInAsync(BenchDatabase database, Uri url, string? certificate, CancellationToken ct)
    {
        var key = await BenchCredentials.EnsureAsync(database, ct);
        var clients = AppClients.Create(url, certificate, key);
        try
        {
            await clients.SignInAsync(BenchCredentials.Email, BenchCredentials.Password, ct);
            return clients;
        }
        catch
        {
            clients.Dispose();
            throw;
        }
    }

    private static async Task<ScenarioResult> MeasureAsync(
        BenchDatabase database, AppClients? clients, Scenario scenario, Limits limits, Fairness fairness, CancellationToken ct)
    {
        var (commands, expected) = await SqlRecorder.CustomerListAsync(database, scenario, ct);
        Stats? api = null, page = null;
        if (clients is not null)
        {
            await CheckAnswersAsync(clients, scenario, expected.Total, expected.Items.FirstOrDefault()?.Id, ct);
            api = await Measure.RunAsync(t => GetAsync(clients.Api, scenario.ApiPath, t), limits, fairness, ct);
            page = await Measure.RunAsync(t => GetAsync(clients.Pages, scenario.PagePath, t), limits, fairness, ct);
        }

        var sql = await SqlReplay.MeasureAsync(database, commands, limits, fairness, ct);
        var plans = new List<(RecordedCommand, QueryPlan)>();
        foreach (var command in commands)
        {
            plans.Add((command, await QueryPlan.ExplainAsync(database, command, ct)));
        }

        return new ScenarioResult(scenario, expected.Total, page, api, sql, plans);
    }

    /// <summary>Before timing: the API and the page must show what the app's query returns, not a login page or an error.</summary>
    private static async Task CheckAnswersAsync(AppClients clients, Scenario scenario, int total, long? firstId, CancellationToken ct)
    {
        using var json = JsonDocument.Parse(await GetAsync(clients.Api, scenario.ApiPath, ct));
        var apiTotal = json.RootElement.GetProperty("total").GetInt32();
        if (apiTotal != total)
        {
            throw new InvalidOperationException($"{scenario.Name}: the API counts {apiTotal} customers, the app's query {total}.");
        }

        var html = await GetAsync(clients.Pages, scenario.PagePath, ct);
        var firstLink = firstId is null ? "<table" : $"href=\"/customers/{firstId}\"";
        if (!html.Contains(firstLink, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{scenario.Name}: the page has no {firstLink}: not the expected list.");
        }
    }

    /// <summary>The 1-minute load average on Linux.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static async Task<string> GetAsync(HttpClient client, string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return response.StatusCode == HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException($"GET {path}: HTTP {(int)response.StatusCode}.");
    }
}
