using System.Diagnostics;
using System.Threading.Channels;
using CustomerCenter.Bench.Cli;
using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>
/// <c>generate documents</c>: over the existing customers, posted invoices, sales orders and payments with
/// everything the receivables side keeps beside them (ledger entries with their open state, allocations,
/// balance summaries, number counters), a big customer for the hub page and a Client Center with logins.
/// </summary>
internal static class GenerateDocuments
{
    private const int BatchDocuments = 20_000;

    public sealed record Options(int Invoices, int Orders, int Payments, int Seed, bool IfEmpty, bool Analyze, int PortalUsers, DateOnly Until)
    {
        public static Options From(Arguments args) => new(
            args.Int("invoices", 2_000_000),
            args.Int("orders", 300_000),
            args.Int("payments", 1_500_000),
            args.Int("seed", 20261126),
            args.Flag("if-empty"),
            args.Flag("analyze"),
            args.Int("portal-users", 1_000),
            args.Text("until") is { } until ? DateOnly.ParseExact(until, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.UtcNow));
    }

    public static async Task<int> RunAsync(BenchDatabase database, Options options, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await database.MigrateAsync(ct);
        await using var db = database.CreateContext();
        var existing = await db.SalesDocuments.CountAsync(ct);
        if (existing > 0)
        {
            if (options.IfEmpty)
            {
                Console.WriteLine($"{database.Name} already has {existing:N0} sales documents: nothing generated (--if-empty).");
                return 0;
            }

            throw new InvalidOperationException(
                $"{database.Name} already has {existing:N0} sales documents; generate documents into a database that has only customers (or pass --if-empty).");
        }

        var customers = await BenchCustomers.ReadAsync(db, ct);
        if (customers.Count == 0)
        {
            throw new InvalidOperationException("No customers to generate documents for: run generate customers first.");
        }

        var plan = DocumentPlan.Make(customers, options);
        var big = customers[plan.BigIndex];
        Console.WriteLine($"Generating {options.Invoices:N0} invoices, {options.Orders:N0} sales orders, {options.Payments:N0} payments over "
            + $"{customers.Count:N0} customers into {database.Name} (seed {options.Seed}, dated {plan.WindowStart:yyyy-MM-dd} … {options.Until:yyyy-MM-dd})…");
        Console.WriteLine($"Big customer: {big.Number} (id {big.Id}, {big.Name}): {plan.Invoices[plan.BigIndex]:N0} invoices, "
            + $"{plan.Orders[plan.BigIndex]:N0} sales orders, {plan.Payments[plan.BigIndex]:N0} payments.");

        var tables = new DocumentTables(db.Model);
        var samples = new List<CustomerDocuments>();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        PortalLogins.Result? portal;
        DocumentNumbers numbers;
        await using (var session = await BulkSession.BeginAsync(database, ct))
        {
            var years = Enumerable.Range(plan.WindowStart.Year, options.Until.Year - plan.WindowStart.Year + 1).ToList();
            numbers = new DocumentNumbers(
                await SequenceCounters.ReadAsync(session, NumberSequences.Invoice, years, ct),
                await SequenceCounters.ReadAsync(session, NumberSequences.SalesOrder, years, ct),
                await SequenceCounters.ReadAsync(session, NumberSequences.Payment, years, ct));
            var documentCount = (long)options.Invoices + options.Orders;
            var bigActivity = 2L * (plan.Invoices[plan.BigIndex] + plan.Orders[plan.BigIndex] + plan.Payments[plan.BigIndex]);
            var ids = new DocumentIds(
                await Reserve<SalesDocument>(session, db, "SalesDocuments", documentCount, ct),
                await Reserve<SalesDocumentLine>(session, db, "SalesDocumentLines", documentCount * 4, ct),
                await Reserve<Payment>(session, db, "Payments", options.Payments, ct),
                await Reserve<LedgerEntry>(session, db, "LedgerEntries", (long)options.Invoices + options.Payments, ct),
                await Reserve<Allocation>(session, db, "Allocations", 2L * options.Payments, ct),
                await Reserve<ActivityEntry>(session, db, "ActivityEntries", bigActivity, ct));
            var ledgerFirst = ids.Ledger.Next;
            var indexes = await session.DropIndexesAsync(tables.Loaded, ct);
            var foreignKeys = await session.DropForeignKeysAsync(tables.Loaded, ct);
            var faker = new DocumentFaker(options.Seed, plan.WindowStart, options.Until, ids, numbers, BenchActor.Instance.Name);
            // Two cores: one generates the next batch while the other writes (or, on PostgreSQL, while the server loads) this one.
            var batches = Channel.CreateBounded<(List<CustomerDocuments> Batch, long InvoicesDone)>(2);
            var producer = Task.Run(async () =>
            {
                try
                {
                    var batch = new List<CustomerDocuments>();
                    var batchDocuments = 0;
                    long invoicesDone = 0;
                    for (var i = 0; i < customers.Count; i++)
                    {
                        var generated = faker.Generate(customers[i], plan.Invoices[i], plan.Orders[i], plan.Payments[i], withActivity: i == plan.BigIndex);
                        batch.Add(generated);
                        batchDocuments += generated.Documents.Count;
                        invoicesDone += plan.Invoices[i];
                        if (plan.IsSample(i))
                        {
                            samples.Add(generated);
                        }

                        if (batchDocuments >= BatchDocuments || i == customers.Count - 1)
                        {
                            await batches.Writer.WriteAsync((batch, invoicesDone), ct);
                            batch = [];
                            batchDocuments = 0;
                        }
                    }

                    batches.Writer.Complete();
                }
                catch (Exception e)
                {
                    batches.Writer.Complete(e);
                }
            }, ct);
            var writing = new Stopwatch();
            long nextReport = 200_000;
            await foreach (var (batch, invoicesDone) in batches.Reader.ReadAllAsync(ct))
            {
                writing.Start();
                await WriteAsync(session, tables, batch, counts, ct);
                writing.Stop();
                if (invoicesDone >= nextReport || invoicesDone == options.Invoices)
                {
                    Console.WriteLine($"  {invoicesDone,9:N0} invoices  {clock.Elapsed.TotalSeconds,6:0.0} s (writing {writing.Elapsed.TotalSeconds:0.0} s)");
                    nextReport = invoicesDone + 200_000;
                }
            }

            await producer;
            var indexing = Stopwatch.StartNew();
            await session.RestoreAsync(indexes, ct);
            await session.RestoreAsync(foreignKeys, ct);
            Console.WriteLine($"  {indexes.Count} indexes rebuilt, {foreignKeys.Count} foreign keys added back (checked) in {indexing.Elapsed.TotalSeconds:0.0} s");

            // The balance summary LedgerWriter keeps in step, summed once from the rows just written.
            await session.ExecuteAsync(
                """
                INSERT INTO "CustomerBalances" ("CustomerId", "Currency", "BalanceMinor")
                SELECT "CustomerId", "Currency", SUM("AmountMinor") FROM "LedgerEntries" WHERE "Id" >= @first AND "Id" < @next
                GROUP BY "CustomerId", "Currency"
                ON CONFLICT ("CustomerId", "Currency") DO UPDATE SET "BalanceMinor" = "CustomerBalances"."BalanceMinor" + excluded."BalanceMinor"
                """,
                ct, ("first", ledgerFirst), ("next", ids.Ledger.Next));
            // The aging summary's writers were bypassed too: without its day the app rebuilds it from the ledger at start.
            await session.ExecuteAsync("""DELETE FROM "CustomerAgingDay" """, ct);
            portal = await PortalLogins.WriteAsync(session, db, tables, customers, options.PortalUsers, options.Until, ct);
            await numbers.Invoices.SaveAsync(session, ct);
            await numbers.Orders.SaveAsync(session, ct);
            await numbers.Payments.SaveAsync(session, ct);
            await session.CommitAsync(ct);
            var loaded = clock.Elapsed;
            await session.AfterCommitAsync(tables.Names, options.Analyze, ct);
            Console.WriteLine($"Loaded {string.Join(", ", counts.Select(c => $"{c.Value:N0} {c.Key}"))} in {loaded.TotalSeconds:0.0} s; "
                + $"statistics/checkpoint {(clock.Elapsed - loaded).TotalSeconds:0.0} s.");
        }

        await DocumentDataCheck.RunAsync(database, samples, samples.First(s => s.Customer.Id == big.Id), numbers, portal, ct);
        Console.WriteLine($"Big customer: {big.Number} (id {big.Id}) — /customers/{big.Id}");
        if (portal is not null)
        {
            Console.WriteLine($"Portal: /cc/{portal.Slug}/ — {portal.Users:N0} logins, e.g. {portal.BigCustomerEmail} (the big customer), "
                + $"{portal.OtherEmail}; password for all: {PortalLogins.Password}");
        }

        Console.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static async Task<IdBlock> Reserve<T>(BulkSession session, AppDbContext db, string table, long count, CancellationToken ct) =>
        new(table, await session.ReserveIdsAsync(db.Model.FindEntityType(typeof(T))!, count, ct), count);

    private static async Task WriteAsync(BulkSession session, DocumentTables tables, List<CustomerDocuments> batch, Dictionary<string, long> counts, CancellationToken ct)
    {
        async Task Write<T>(TableSpec<T> table, List<T> rows)
        {
            await session.WriteAsync(table, rows, ct);
            counts[table.Name] = counts.GetValueOrDefault(table.Name) + rows.Count;
        }

        await Write(tables.Documents, [.. batch.SelectMany(c => c.Documents)]);
        await Write(tables.Lines, [.. batch.SelectMany(c => c.Lines)]);
        await Write(tables.Payments, [.. batch.SelectMany(c => c.Payments)]);
        await Write(tables.Ledger, [.. batch.SelectMany(c => c.Ledger)]);
        await Write(tables.Allocations, [.. batch.SelectMany(c => c.Allocations)]);
        await Write(tables.Activity, [.. batch.SelectMany(c => c.Activity)]);
    }
}
