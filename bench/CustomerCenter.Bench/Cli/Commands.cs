using CustomerCenter.Bench.Data;
using CustomerCenter.Bench.Generation;
using CustomerCenter.Bench.Generation.Documents;
using CustomerCenter.Bench.Load;

namespace CustomerCenter.Bench.Cli;

internal static class Commands
{
    private const string Usage = """
        usage:
          generate customers --db sqlite|postgres [--connection CS] [--count 100000] [--seed 20261126] [--if-empty]
          generate documents --db sqlite|postgres [--connection CS] [--invoices 2000000] [--orders 300000] [--payments 1500000]
              [--seed 20261126] [--portal-users 1000] [--until YYYY-MM-DD (today)] [--if-empty]
              over the existing customers; --if-empty: skip when sales documents exist
          run --db sqlite|postgres [--connection CS] [--url https://127.0.0.1:5199 --cert FILE.pfx]
              [--iterations 200] [--warmup 20] [--max-seconds 60] [--quiet-wait 0] [--app-pid PID] [--nice N] [--out FILE.md]
              without --url: only the plain SQL timings and the query plans;
              --quiet-wait S: before each measure, wait up to S seconds for other work on the machine to stop;
              --app-pid: the app's process, so its CPU is not counted as other work;
              --nice N: the priority run.sh gave bench and app, also given to this database's PostgreSQL backends
              [--parts customers,issues,throughput] [--clients 32] [--throughput-seconds 20]
              [--customer ID] [--payment-customer ID] [--portal-center SLUG] [--portal-email E] [--portal-password P]
              --parts: the customer list; issues 4–8 (invoices, payments, statement, reports, portal, hub);
              the portal invoice list's throughput with --clients signed-in users beside /plaintext's;
              --customer etc.: fix the rows found at start (see bench/README.md); BENCH_PORTAL_EMAIL/PASSWORD also work
          cert --out FILE.pfx        a self-signed certificate for 127.0.0.1, for the app's HTTPS endpoint
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = Arguments.Parse(args);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            return (arguments.Word(0), arguments.Word(1)) switch
            {
                ("generate", "customers") => await GenerateCustomers.RunAsync(BenchDatabase.From(arguments), GenerateCustomers.Options.From(arguments), cancel.Token),
                ("generate", "documents") => await GenerateDocuments.RunAsync(BenchDatabase.From(arguments), GenerateDocuments.Options.From(arguments), cancel.Token),
                ("run", _) => await LoadRun.RunAsync(BenchDatabase.From(arguments), LoadRun.Options.From(arguments), cancel.Token),
                ("cert", _) => LocalCertificate.Write(arguments.Text("out") ?? throw new ArgumentException("cert needs --out FILE.pfx")),
                _ => PrintUsage(),
            };
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return PrintUsage();
        }
    }

    private static int PrintUsage()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
