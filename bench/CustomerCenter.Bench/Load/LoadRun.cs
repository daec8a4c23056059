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
    /// <summary>The parts of a run, all by default: the customer list, issues 4–8 one request at a time, the portal throughput.</summary>
    public static readonly string[] AllParts = ["customers", "issues", "throughput"];

    public sealed record Options(
        Uri? Url, string? Certificate, int? AppProcessId, Limits Limits, TimeSpan QuietWait, int Nice, string? Out,
        IReadOnlySet<string> Parts, int Clients, TimeSpan ThroughputDuration, Subjects.Options Subjects)
    {
        public static Options From(Arguments args)
        {
            var parts = (args.Text("parts") ?? string.Join(',', AllParts)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
            var unknown = parts.Except(AllParts).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"--parts takes {string.Join(", ", AllParts)}, not {string.Join(", ", unknown)}.");
            }

            return new(
                args.Text("url") is { } url ? new Uri(url) : null,
                args.Text("cert"),
                args.Text("app-pid") is null ? null : args.Int("app-pid", 0),
                new Limits(args.Int("warmup", 20), args.Int("iterations", 200), TimeSpan.FromSeconds(args.Int("max-seconds", 60))),
                TimeSpan.FromSeconds(args.Int("quiet-wait", 0)),
                args.Int("nice", 0),
                args.Text("out"),
                parts,
                args.Int("clients", 32),
                TimeSpan.FromSeconds(args.Int("throughput-seconds", 20)),
                Load.Subjects.Options.From(args));
        }
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
        var report = new System.Text.StringBuilder();
        if (options.Parts.Contains("customers"))
        {
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
            report.Append(Report.Write($"Customer list — {database.Name}", setup, options.Limits.Iterations, fairness.Disturbed, plaintext, results));
        }

        if (options.Parts.Contains("issues") || options.Parts.Contains("throughput"))
        {
            report.Append('\n').Append(await IssuesAsync(database, clients, options, fairness, customers, ct));
        }

        Console.WriteLine();
        Console.Write(report);
        if (options.Out is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
            await File.WriteAllTextAsync(options.Out, report.ToString(), ct);
            Console.WriteLine($"\nWritten to {options.Out}");
        }

        return 0;
    }

    /// <summary>Issues 4–8: every <see cref="IssueProbes"/> request one at a time, then the portal list's throughput beside /plaintext's.</summary>
    private static async Task<string> IssuesAsync(BenchDatabase database, AppClients? clients, Options options, Fairness fairness, int customers, CancellationToken ct)
    {
        var loadBefore = LoadAverage();
        if (await Subjects.FindAsync(database, options.Subjects, ct) is not { } subjects)
        {
            Console.WriteLine("No sales documents, or no customer with two open invoices: issues 4–8 skipped.");
            return "## Issues 4–8\n\nSkipped: the database has no sales documents, or no customer with two open invoices (generate documents first).\n";
        }

        Console.WriteLine($"Subjects: customer {subjects.BigCustomer} ({subjects.BigCustomerDocuments:N0} documents); payments to customer {subjects.PayingCustomer} "
            + $"(invoices {string.Join(", ", subjects.OpenInvoices)}); portal /cc/{subjects.PortalSlug} as {subjects.PortalLogins.FirstOrDefault().Email} "
            + $"({subjects.PortalLogins.Count} users), customer {subjects.PortalCustomer}, invoice {subjects.PortalInvoice}");
        using var portal = clients is null || subjects.PortalSlug is null ? null : await PortalClientAsync(options, subjects, 0, ct);
        var results = new List<ProbeResult>();
        if (options.Parts.Contains("issues"))
        {
            foreach (var probe in IssueProbes.For(subjects))
            {
                Console.WriteLine($"Measuring issue {probe.Issue}: {probe.Name}…");
                results.Add(await ProbeRun.MeasureAsync(database, clients, portal, probe, options.Limits, fairness, ct));
            }
        }

        var throughput = new List<ThroughputResult>();
        if (options.Parts.Contains("throughput") && clients is not null && subjects.PortalSlug is not null)
        {
            throughput.AddRange(await ThroughputAsync(options, subjects, fairness, ct));
        }

        var setup = $"{customers:N0} customers, {subjects.Invoices:N0} invoices, {subjects.Ledger:N0} ledger entries; {database.Name}; "
            + $"big customer {subjects.BigCustomer} with {subjects.BigCustomerDocuments:N0} documents; {Environment.ProcessorCount} cores; "
            + $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {loadBefore} before, {LoadAverage()} after. "
            + $"Each cell: up to {options.Limits.Iterations} requests one at a time after {options.Limits.Warmup} untimed ones, at most {options.Limits.MaxDuration.TotalSeconds:0} s. "
            + $"Throughput: {options.Clients} clients for {options.ThroughputDuration.TotalSeconds:0} s per path.";
        return IssueReport.Write(setup, database.Provider == DatabaseProvider.Postgres, options.Limits.Iterations, fairness.Disturbed, results, throughput);
    }

    /// <summary>The portal invoice list with <c>--clients</c> signed-in users at once, and /plaintext with as many clients in the same run.</summary>
    private static async Task<List<ThroughputResult>> ThroughputAsync(Options options, Subjects subjects, Fairness fairness, CancellationToken ct)
    {
        var url = options.Url!;
        var plain = Enumerable.Range(0, options.Clients).Select(_ => AppClients.CookieClient(url, options.Certificate)).ToList();
        var portals = new List<HttpClient>();
        try
        {
            Console.WriteLine($"Signing in {options.Clients} portal clients…");
            for (var i = 0; i < options.Clients; i++)
            {
                portals.Add(await PortalClientAsync(options, subjects, i, ct));
            }

            var list = $"/cc/{subjects.PortalSlug}/billing/invoices";
            Console.WriteLine($"Throughput of /plaintext, {options.Clients} clients…");
            var baseline = await Throughput.RunAsync("plaintext", plain, "/plaintext", options.ThroughputDuration, fairness, ct);
            Console.WriteLine($"Throughput of {list}, {options.Clients} signed-in portal clients…");
            var portalList = await Throughput.RunAsync("portal invoice list", portals, list, options.ThroughputDuration, fairness, ct);
            return [baseline, portalList];
        }
        finally
        {
            plain.Concat(portals).ToList().ForEach(c => c.Dispose());
        }
    }

    /// <summary>A client with its own cookie, signed in to the portal as the <paramref name="index"/>-th login (round robin).</summary>
    private static async Task<HttpClient> PortalClientAsync(Options options, Subjects subjects, int index, CancellationToken ct)
    {
        var (email, password) = subjects.PortalLogins[index % subjects.PortalLogins.Count];
        var client = AppClients.CookieClient(options.Url!, options.Certificate);
        try
        {
            await AppClients.SignInAsync(client, $"/cc/{subjects.PortalSlug}/login", email, password, ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
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
