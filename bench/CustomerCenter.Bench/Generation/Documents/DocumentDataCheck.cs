using System.Globalization;
using CustomerCenter.Bench.Data;
using CustomerCenter.Domain;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Sales;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>
/// After the load: whole-table invariants the app keeps (balance summaries = ledger sums, each entry's open state =
/// what its allocations give, invoice totals = line sums, invoice and payment open amounts = their ledger entries),
/// then a sample of customers read back through the app's own BalanceQueries and StatementService and compared
/// with sums of the generated rows, the next document numbers, and a portal sign-in through PortalSignIn.
/// </summary>
internal static class DocumentDataCheck
{
    private static readonly (string What, string Sql)[] Invariants =
    [
        ("customers whose CustomerBalances row differs from the sum of their ledger", """
            SELECT COUNT(*) FROM (SELECT "CustomerId", "Currency", SUM("AmountMinor") AS total FROM "LedgerEntries" GROUP BY "CustomerId", "Currency") l
            LEFT JOIN "CustomerBalances" b ON b."CustomerId" = l."CustomerId" AND b."Currency" = l."Currency"
            WHERE b."BalanceMinor" IS NULL OR b."BalanceMinor" <> l.total
            """),
        ("ledger entries whose OpenMinor/LastSettledOn/ClosedOn differ from their allocations (LedgerOpenItems)", """
            SELECT COUNT(*) FROM "LedgerEntries" e
            LEFT JOIN (
                SELECT entry_id, SUM(delta) AS delta, MAX(moved_on) AS last_on FROM (
                    SELECT "DebitEntryId" AS entry_id, -"AmountMinor" AS delta, "Date" AS moved_on FROM "Allocations"
                    UNION ALL SELECT "CreditEntryId", "AmountMinor", "Date" FROM "Allocations") AS sides
                GROUP BY entry_id) m ON m.entry_id = e."Id"
            WHERE e."OpenMinor" <> e."AmountMinor" + COALESCE(m.delta, 0)
               OR COALESCE(e."LastSettledOn", '1900-01-01') <> COALESCE(m.last_on, '1900-01-01')
               OR COALESCE(e."ClosedOn", '1900-01-01') <> COALESCE(CASE WHEN e."AmountMinor" + m.delta = 0 THEN m.last_on END, '1900-01-01')
            """),
        ("documents whose totals differ from the sum of their lines", """
            SELECT COUNT(*) FROM "SalesDocuments" d
            JOIN (SELECT "DocumentId", SUM("NetMinor") AS net, SUM("TaxMinor") AS tax FROM "SalesDocumentLines" GROUP BY "DocumentId") l ON l."DocumentId" = d."Id"
            WHERE d."SubtotalMinor" <> l.net OR d."TaxMinor" <> l.tax OR d."TotalMinor" <> l.net + l.tax
            """),
        ("posted invoices whose open amount or status differs from their ledger entry", """
            SELECT COUNT(*) FROM "SalesDocuments" d
            LEFT JOIN "LedgerEntries" e ON e."DocumentId" = d."Id" AND e."Kind" = 'Invoice'
            WHERE d."Kind" = 'Invoice' AND d."Status" <> 'draft' AND (e."Id" IS NULL OR e."OpenMinor" <> d."OpenMinor" OR e."AmountMinor" <> d."TotalMinor"
               OR d."Status" <> CASE WHEN d."OpenMinor" = 0 THEN 'paid' WHEN d."OpenMinor" = d."TotalMinor" THEN 'posted' ELSE 'partlyPaid' END)
            """),
        ("posted payments whose unapplied amount differs from their ledger entry", """
            SELECT COUNT(*) FROM "Payments" p
            LEFT JOIN "LedgerEntries" e ON e."PaymentId" = p."Id" AND e."Kind" = 'Payment'
            WHERE p."Status" = 'Posted' AND (e."Id" IS NULL OR e."OpenMinor" <> -p."UnappliedMinor" OR e."AmountMinor" <> -p."AmountMinor")
            """),
    ];

    public static async Task RunAsync(
        BenchDatabase database, IReadOnlyList<CustomerDocuments> samples, CustomerDocuments big, DocumentNumbers numbers,
        PortalLogins.Result? portal, CancellationToken ct)
    {
        var problems = new List<string>();
        await using (var connection = await database.OpenAsync(ct))
        {
            if (database.Provider == Web.Data.DatabaseProvider.Sqlite)
            {
                // These queries visit millions of rows through indexes: with SQLite's default 2 MB page cache each
                // visit is a read from the file, tens of gigabytes in all; 2 GB keeps the tables' pages in memory.
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA cache_size = -2000000";
                await pragma.ExecuteNonQueryAsync(ct);
            }

            foreach (var (what, sql) in Invariants)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.CommandTimeout = 600;
                var wrong = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
                if (wrong > 0)
                {
                    problems.Add($"{wrong:N0} {what}");
                }

                Console.WriteLine($"  {wrong,3:N0} {what} ({watch.Elapsed.TotalSeconds:0.0} s)");
            }
        }

        await using var db = database.CreateContext();
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var balances = new BalanceQueries(db);
        foreach (var sample in samples)
        {
            await CheckBalanceAsync(balances, sample, today, problems, ct);
        }

        await CheckStatementAsync(new StatementService(db), big, today, problems, ct);
        await CheckStatementAsync(new StatementService(db), big, today.AddYears(-1), problems, ct);
        await CheckNumbersAsync(db, numbers, today, problems, ct);
        if (portal is not null)
        {
            await CheckPortalAsync(db, portal, problems, ct);
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Generated data check failed:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems));
        }

        Console.WriteLine($"Checked: {Invariants.Length} whole-table invariants; balance, overdue, credit and last payment of {samples.Count} customers "
            + $"through BalanceQueries; the big customer's statements (today and a year ago) through StatementService; next numbers free"
            + (portal is null ? "." : "; a portal sign-in through PortalSignIn."));
    }

    private static async Task CheckBalanceAsync(BalanceQueries balances, CustomerDocuments sample, DateOnly today, List<string> problems, CancellationToken ct)
    {
        var currency = sample.Customer.Currency;
        decimal Amount(long minor) => new Money(minor, currency).ToDecimal();
        var row = (await balances.ForCustomerAsync(sample.Customer.Id, ct)).SingleOrDefault(b => b.Currency == currency);
        var overdue = sample.Invoices.Where(i => i.OpenMinor > 0 && i.DueDate < today).Sum(i => i.OpenMinor);
        var credit = sample.Payments.Sum(p => p.UnappliedMinor);
        var last = sample.Payments.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).FirstOrDefault();
        var expected = new BalanceDto(currency, Amount(sample.Balance), Amount(overdue), Amount(credit), last?.Date,
            last is null ? null : Amount(last.AmountMinor), row?.CreditLimit, row?.CreditLimitUsedPercent);
        if (row != expected)
        {
            problems.Add($"customer {sample.Customer.Number}: BalanceQueries says {row}, the generated rows give {expected}");
        }
    }

    private static async Task CheckStatementAsync(StatementService statements, CustomerDocuments big, DateOnly to, List<string> problems, CancellationToken ct)
    {
        var from = to.AddYears(-4);
        var outcome = await statements.BuildAsync(big.Customer.Id, null, from, to, null, ct);
        if (!outcome.IsOk)
        {
            problems.Add($"big customer: StatementService refused {from}…{to}: {outcome.Message}");
            return;
        }

        var statement = outcome.Value!;
        var entries = big.Ledger.Where(e => e.Date <= to).ToList();
        var open = entries.Select(e => e.AmountMinor + big.Allocations.Where(a => a.Date <= to)
            .Sum(a => a.DebitEntryId == e.Id ? -a.AmountMinor : a.CreditEntryId == e.Id ? a.AmountMinor : 0)).Where(o => o != 0).ToList();
        var expected = (Lines: entries.Count, Closing: entries.Sum(e => e.AmountMinor), OpenItems: open.Count, OpenTotal: open.Sum());
        var actual = (Lines: statement.Lines.Count, Closing: statement.ClosingBalance.Minor, OpenItems: statement.OpenItems.Count,
            OpenTotal: statement.OpenItems.Sum(i => i.OpenAmount.Minor));
        if (actual != expected || statement.Aging.Total.Minor != expected.Closing || statement.OpeningBalance.Minor != 0)
        {
            problems.Add($"big customer's statement to {to}: StatementService gives {actual} (aging {statement.Aging.Total.Minor}, opening "
                + $"{statement.OpeningBalance.Minor}), the generated rows {expected}");
        }
    }

    private static async Task CheckNumbersAsync(Web.Data.AppDbContext db, DocumentNumbers numbers, DateOnly today, List<string> problems, CancellationToken ct)
    {
        foreach (var (counters, kind) in new[] { (numbers.Invoices, DocumentKind.Invoice), (numbers.Orders, DocumentKind.SalesOrder) })
        {
            var next = await NextNumberAsync(db, counters, today, ct);
            if (await db.SalesDocuments.AnyAsync(d => d.Kind == kind && d.Number == next, ct))
            {
                problems.Add($"the app's next {counters.Key} number {next} is taken");
            }
        }

        var payment = await NextNumberAsync(db, numbers.Payments, today, ct);
        if (await db.Payments.AnyAsync(p => p.Number == payment, ct))
        {
            problems.Add($"the app's next payment number {payment} is taken");
        }
    }

    /// <summary>What NumberSequences.NextAsync would hand out for a document dated today, read without taking it.</summary>
    private static async Task<string> NextNumberAsync(Web.Data.AppDbContext db, SequenceCounters counters, DateOnly today, CancellationToken ct)
    {
        var format = await Web.Data.NumberSequences.FormatOfAsync(db, counters.Key, ct);
        var key = counters.CounterKey(today);
        var next = await db.NumberSequences.AsNoTracking().Where(s => s.Key == key).Select(s => (long?)s.NextValue).FirstOrDefaultAsync(ct) ?? 1;
        return CustomerCenter.Domain.Documents.DocumentNumberFormat.Format(format, next, today);
    }

    private static async Task CheckPortalAsync(Web.Data.AppDbContext db, PortalLogins.Result portal, List<string> problems, CancellationToken ct)
    {
        // PortalSignIn records the sign-in (LastSignInAt, audit): roll that back, the data stays as generated.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var center = await db.ClientCenters.FirstAsync(c => c.Id == portal.CenterId, ct);
        var signIn = new PortalSignIn(db, new PasswordHasher<PortalUser>());
        foreach (var email in new[] { portal.BigCustomerEmail, portal.OtherEmail })
        {
            var (outcome, _) = await signIn.CheckAsync(center, email, PortalLogins.Password, ct);
            if (outcome.ToString() != "Succeeded")
            {
                problems.Add($"portal sign-in of {email} on /cc/{portal.Slug}: {outcome}");
            }
        }

        await transaction.RollbackAsync(ct);
    }
}
