using CustomerCenter.Bench.Data;
using CustomerCenter.Bench.Generation;

namespace CustomerCenter.Bench.Cli;

internal static class Commands
{
    private const string Usage = """
        usage:
          generate customers --db sqlite|postgres [--connection CS] [--count 100000] [--seed 20261126] [--if-empty]
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
