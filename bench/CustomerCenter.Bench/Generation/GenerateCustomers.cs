using System.Diagnostics;
using CustomerCenter.Bench.Cli;
using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Bench.Generation;

/// <summary>
/// <c>generate customers --count N</c>: N customers with 2–3 contacts each, their derived sort and search
/// columns computed by the app's own <see cref="CustomerDerivedFields"/>, and the "customer" number
/// sequence moved on so the app's next customer continues after them.
/// </summary>
internal static class GenerateCustomers
{
    private const int BatchSize = 5_000;

    public sealed record Options(int Count, int Seed, bool IfEmpty, bool Analyze)
    {
        public static Options From(Arguments args) =>
            new(args.Int("count", 100_000), args.Int("seed", 20261126), args.Flag("if-empty"), args.Flag("analyze"));
    }

    public static async Task<int> RunAsync(BenchDatabase database, Options options, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await database.MigrateAsync(ct);
        await using var db = database.CreateContext();
        var existing = await db.Customers.CountAsync(ct);
        if (options.IfEmpty && existing > 0)
        {
            Console.WriteLine($"{database.Name} already has {existing:N0} customers: nothing generated (--if-empty).");
            return 0;
        }

        Console.WriteLine($"Generating {options.Count:N0} customers into {database.Name} (seed {options.Seed}, {existing:N0} already there)…");
        var tables = new CustomerTables(db.Model);
        var faker = new CustomerFaker(options.Seed);
        long contacts = 0, terms = 0;
        await using (var session = await BulkSession.BeginAsync(database, ct))
        {
            var numbers = await CustomerNumbers.ReadAsync(session, ct);
            var customerId = await session.ReserveIdsAsync(db.Model.FindEntityType(typeof(Customer))!, options.Count, ct);
            var contactId = await session.ReserveIdsAsync(db.Model.FindEntityType(typeof(Contact))!, options.Count * 3L, ct);
            for (var done = 0; done < options.Count; done += BatchSize)
            {
                var batch = new List<Customer>(BatchSize);
                for (var i = 0; i < Math.Min(BatchSize, options.Count - done); i++)
                {
                    var customer = faker.Next(customerId++, numbers.Take(), () => contactId++);
                    CustomerDerivedFields.Refresh(customer);
                    batch.Add(customer);
                }

                var batchContacts = batch.SelectMany(c => c.Contacts).ToList();
                var batchTerms = batch.SelectMany(c => c.SearchTerms).ToList();
                await session.WriteAsync(tables.Customers, batch, ct);
                await session.WriteAsync(tables.Contacts, batchContacts, ct);
                await session.WriteAsync(tables.SearchTerms, batchTerms, ct);
                contacts += batchContacts.Count;
                terms += batchTerms.Count;
                if ((done + batch.Count) % 20_000 == 0 || done + batch.Count == options.Count)
                {
                    Console.WriteLine($"  {done + batch.Count,9:N0} customers  {clock.Elapsed.TotalSeconds,6:0.0} s");
                }
            }

            await numbers.SaveAsync(session, ct);
            await session.CommitAsync(ct);
            var loaded = clock.Elapsed;
            await session.AfterCommitAsync(tables.Names, options.Analyze, ct);
            Console.WriteLine($"Loaded {options.Count:N0} customers, {contacts:N0} contacts, {terms:N0} search terms in {loaded.TotalSeconds:0.0} s; "
                + $"statistics/checkpoint {(clock.Elapsed - loaded).TotalSeconds:0.0} s.");
        }

        await GeneratedDataCheck.RunAsync(database, ct);
        Console.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
