using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Reports;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CustomerCenter.Web.Tests.Reports.ReportPages;

namespace CustomerCenter.Web.Tests.Reports;

/// <summary>
/// The receivables reports against the test's own reading of the ledger (<see cref="LedgerTruth"/>) and against
/// the statements, on generated histories, as of dates before, during and after them.
/// </summary>
public sealed class ReceivablesReportExactnessTests(GeneratedBook book) : IClassFixture<GeneratedBook>
{
    private HttpClient Api => book.Api;

    [Fact]
    public async Task Aging_as_of_any_date_equals_the_ledger_per_customer_and_in_total()
    {
        var truth = await LedgerTruth.LoadAsync(book.App);
        foreach (var asOf in GeneratedBook.AsOfDates)
        {
            await AssertAgingEqualsLedgerAsync(truth, asOf);
        }
    }

    [Fact]
    public async Task Todays_aging_summary_kept_by_the_ledger_writers_through_every_history_equals_the_ledger()
    {
        Assert.Equal(Domain.Receivables.AgingBuckets.Default.Count, CustomerAgingWriter.DebitColumns.Length);
        var (day, rows) = book.SummaryAfterHistories;
        Assert.NotEmpty(rows);
        AgingSummaryTruth.AssertEqualsLedger(await LedgerTruth.LoadAsync(book.App), day, rows);
    }

    [Fact]
    public async Task A_summary_rebuilt_as_of_another_day_equals_that_days_ledger_and_today_is_then_read_from_the_ledger()
    {
        var today = GeneratedBook.AsOfDates[^1];
        try
        {
            await RebuildSummaryAsync(new DateOnly(2025, 8, 20));
            Assert.Equal(new DateOnly(2025, 8, 20), await AgingSummaryTruth.DayAsync(book.App));
            await AgingSummaryTruth.AssertEqualsLedgerAsync(book.App);
            await AssertAgingEqualsLedgerAsync(await LedgerTruth.LoadAsync(book.App), today);
        }
        finally
        {
            await RebuildSummaryAsync(today);
        }

        await AgingSummaryTruth.AssertEqualsLedgerAsync(book.App);
    }

    [Fact]
    public async Task Todays_default_aging_is_read_from_the_summary_and_every_other_shape_from_the_ledger()
    {
        var today = GeneratedBook.AsOfDates[^1];
        var customer = book.Customers[0];
        var url = $"/api/v1/reports/aging?customerId={customer}&currency=EUR";
        string[] fromLedger = [$"{url}&buckets=30,60,91", $"{url}&basis=invoice", $"{url}&by=month", $"{url}&asOf={Day(today.AddDays(-1))}"];
        var before = await Over90Async(url);
        var ledgerAnswers = await Task.WhenAll(fromLedger.Select(async u => (await Api.GetJsonAsync(u)).ToJsonString()));
        try
        {
            // A marked summary row shows which source answered.
            await book.App.WithDbAsync(db => db.Set<CustomerAging>().Where(a => a.CustomerId == customer && a.Currency == "EUR")
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Over90Minor, a => a.Over90Minor + 100)));
            Assert.Equal(before + 1m, await Over90Async(url));
            Assert.Equal(before + 1m, await Over90Async($"{url}&asOf={Day(today)}&buckets=30,60,90&basis=due&by=bucket"));
            Assert.Equal(ledgerAnswers, await Task.WhenAll(fromLedger.Select(async u => (await Api.GetJsonAsync(u)).ToJsonString())));
        }
        finally
        {
            await RebuildSummaryAsync(today);
        }

        Assert.Equal(before, await Over90Async(url));

        async Task<decimal> Over90Async(string u) => (await Api.GetJsonAsync(u))["items"]![0]!["amounts"]![4]!.GetValue<decimal>();
    }

    [Fact]
    public async Task Aging_equals_open_items_balances_and_statement_closing_balances_as_of_the_same_date()
    {
        foreach (var asOf in GeneratedBook.AsOfDates)
        {
            var (aging, _) = await Api.AllAsync($"/api/v1/reports/aging?asOf={Day(asOf)}");
            var (balances, _) = await Api.AllAsync($"/api/v1/reports/customer-balances?asOf={Day(asOf)}&withBalance=false");
            foreach (var customer in book.Customers)
            {
                foreach (var currency in new[] { "EUR", "USD", "JPY" })
                {
                    var statement = await Api.GetJsonAsync($"/api/v1/customers/{customer}/statement?currency={currency}&from=2024-01-01&to={Day(asOf)}");
                    var closing = statement.Dec("closingBalance");
                    var row = aging.SingleOrDefault(r => r["customerId"]!.GetValue<long>() == customer && r.Str("currency") == currency);
                    Assert.Equal(closing, row?.Dec("total") ?? 0m);
                    if (row is not null)
                    {
                        Assert.Equal(statement["aging"]!["amounts"]!.AsArray().Select(a => a!.GetValue<decimal>()), row["amounts"]!.AsArray().Select(a => a!.GetValue<decimal>()));
                    }

                    var balance = balances.SingleOrDefault(r => r["customerId"]!.GetValue<long>() == customer && r.Str("currency") == currency);
                    Assert.Equal(closing, balance?.Dec("balance") ?? 0m);
                    var (open, _) = await Api.AllAsync($"/api/v1/reports/open-invoices?asOf={Day(asOf)}&customerId={customer}&currency={currency}&show=all");
                    Assert.Equal(closing, open.Sum(i => i.Dec("open")));
                    Assert.Equal(
                        statement["openItems"]!.AsArray().Select(i => (i!.Str("reference"), i!.Dec("openAmount"))).Order(),
                        open.Select(i => (i.Str("number"), i.Dec("open"))).Order());
                }
            }
        }
    }

    [Fact]
    public async Task Customer_balances_show_overdue_and_unapplied_credit_as_the_ledger_does()
    {
        var truth = await LedgerTruth.LoadAsync(book.App);
        foreach (var asOf in GeneratedBook.AsOfDates)
        {
            var (rows, totals) = await Api.AllAsync($"/api/v1/reports/customer-balances?asOf={Day(asOf)}");
            var expected = truth.OpenItems(asOf).GroupBy(i => (i.Entry.CustomerId, i.Entry.Currency)).ToDictionary(g => g.Key, g => (
                Balance: g.Sum(i => i.Open),
                Overdue: g.Where(i => i.Open > 0 && i.AgingDate < asOf).Sum(i => i.Open),
                Credit: -g.Where(i => i.Open < 0).Sum(i => i.Open)));
            Assert.Equal(expected.Count, rows.Count);
            foreach (var row in rows)
            {
                var currency = row.Str("currency");
                var (balance, overdue, credit) = expected[(row["customerId"]!.GetValue<long>(), currency)];
                Assert.Equal(LedgerTruth.Major(balance, currency), row.Dec("balance"));
                Assert.Equal(LedgerTruth.Major(overdue, currency), row.Dec("overdue"));
                Assert.Equal(LedgerTruth.Major(credit, currency), row.Dec("unappliedCredit"));
            }

            foreach (var total in totals)
            {
                Assert.Equal(rows.Where(r => r.Str("currency") == total!.Str("currency")).Sum(r => r.Dec("overdue")), total!.Dec("overdue"));
            }
        }

        var summary = await book.App.WithDbAsync(db => Task.FromResult(db.CustomerBalances.ToDictionary(b => (b.CustomerId, b.Currency), b => b.BalanceMinor)));
        var (today, _) = await Api.AllAsync("/api/v1/reports/customer-balances");
        foreach (var row in today)
        {
            var currency = row.Str("currency");
            Assert.Equal(LedgerTruth.Major(summary[(row["customerId"]!.GetValue<long>(), currency)], currency), row.Dec("balance"));
        }
    }

    [Fact]
    public async Task Every_aging_cell_links_to_open_items_that_add_up_to_it()
    {
        foreach (var asOf in new[] { new DateOnly(2025, 8, 20), GeneratedBook.AsOfDates[^1] })
        {
            foreach (var by in new[] { "bucket", "month" })
            {
                var report = await Api.GetJsonAsync($"/api/v1/reports/aging?asOf={Day(asOf)}&by={by}&pageSize=200");
                var columns = report["columns"]!.AsArray();
                var rows = report["items"]!.AsArray().Select(r => (Scope: $"&customerId={r!["customerId"]}&currency={r.Str("currency")}", Row: r!));
                var totals = report["totals"]!.AsArray().Select(t => (Scope: $"&currency={t!.Str("currency")}", Row: t!));
                foreach (var (scope, row) in rows.Concat(totals))
                {
                    for (var i = 0; i < columns.Count; i++)
                    {
                        var column = columns[i]!;
                        var show = column["credits"]!.GetValue<bool>() ? column["debits"]!.GetValue<bool>() ? "all" : "credits" : "debits";
                        var range = (column["dueFrom"] is { } from ? $"&dueFrom={from}" : "") + (column["dueTo"] is { } to ? $"&dueTo={to}" : "");
                        var (items, _) = await Api.AllAsync($"/api/v1/reports/open-invoices?asOf={Day(asOf)}&show={show}{range}{scope}");
                        Assert.Equal(row["amounts"]![i]!.GetValue<decimal>(), items.Sum(item => item.Dec("open")));
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Aging_by_invoice_date_and_by_month_bucket_the_same_open_items()
    {
        var truth = await LedgerTruth.LoadAsync(book.App);
        var asOf = new DateOnly(2025, 11, 30);
        var items = truth.OpenItems(asOf);
        var (byInvoice, _) = await Api.AllAsync($"/api/v1/reports/aging?asOf={Day(asOf)}&basis=invoice&buckets=15,45");
        foreach (var row in byInvoice)
        {
            var currency = row.Str("currency");
            var mine = items.Where(i => i.Entry.CustomerId == row["customerId"]!.GetValue<long>() && i.Entry.Currency == currency).ToList();
            int Bucket(LedgerTruth.Item i)
            {
                var days = asOf.DayNumber - i.Entry.Date.DayNumber;
                return i.Open < 0 || days <= 0 ? 0 : days <= 15 ? 1 : days <= 45 ? 2 : 3;
            }

            Assert.Equal(
                Enumerable.Range(0, 4).Select(b => LedgerTruth.Major(mine.Where(i => Bucket(i) == b).Sum(i => i.Open), currency)),
                row["amounts"]!.AsArray().Select(a => a!.GetValue<decimal>()));
        }

        var (byMonth, _) = await Api.AllAsync($"/api/v1/reports/aging?asOf={Day(asOf)}&by=month");
        foreach (var row in byMonth)
        {
            var currency = row.Str("currency");
            var mine = items.Where(i => i.Entry.CustomerId == row["customerId"]!.GetValue<long>() && i.Entry.Currency == currency).ToList();
            var amounts = row["amounts"]!.AsArray().Select(a => a!.GetValue<decimal>()).ToArray();
            Assert.Equal(15, amounts.Length);
            Assert.Equal(LedgerTruth.Major(mine.Where(i => i.Open > 0 && i.AgingDate >= asOf).Sum(i => i.Open), currency), amounts[0]);
            Assert.Equal(LedgerTruth.Major(mine.Where(i => i.Open > 0 && i.AgingDate < asOf && i.AgingDate.Year == 2025 && i.AgingDate.Month == 11).Sum(i => i.Open), currency), amounts[1]);
            Assert.Equal(LedgerTruth.Major(mine.Where(i => i.Open > 0 && i.AgingDate.Year == 2025 && i.AgingDate.Month == 6).Sum(i => i.Open), currency), amounts[6]);
            Assert.Equal(LedgerTruth.Major(mine.Where(i => i.Open > 0 && i.AgingDate < new DateOnly(2024, 12, 1)).Sum(i => i.Open), currency), amounts[13]);
            Assert.Equal(LedgerTruth.Major(mine.Where(i => i.Open < 0).Sum(i => i.Open), currency), amounts[14]);
            Assert.Equal(LedgerTruth.Major(mine.Sum(i => i.Open), currency), row.Dec("total"));
        }
    }

    [Fact]
    public async Task The_generated_histories_hold_every_kind_of_move_the_reports_must_handle()
    {
        var truth = await LedgerTruth.LoadAsync(book.App);
        var kinds = await book.App.WithDbAsync(db => Task.FromResult(db.LedgerEntries.Select(e => e.Kind).Distinct().ToList()));
        Assert.Equal(Enum.GetValues<Domain.Receivables.LedgerEntryKind>().Order(), kinds.Order());
        Assert.Contains(truth.Moves, m => m.Amount < 0);
        Assert.Equal(["EUR", "JPY", "USD"], truth.Entries.Select(e => e.Currency).Distinct().Order());
        // Items open on a past date but settled after it: the path that sums allocations up to the date.
        Assert.Contains(GeneratedBook.AsOfDates, asOf => truth.OpenItems(asOf).Any(i => i.Entry.LastSettledOn > asOf));
        Assert.Contains(truth.OpenItems(GeneratedBook.AsOfDates[^1]), i => i.Open < 0);
        Assert.Contains(truth.OpenItems(GeneratedBook.AsOfDates[^1]), i => i.Open > 0 && i.Open < i.Entry.Amount);
    }

    [Fact]
    public async Task The_maintained_open_state_of_every_ledger_entry_equals_its_allocations_and_a_rebuild()
    {
        var truth = await LedgerTruth.LoadAsync(book.App);
        Assert.NotEmpty(truth.Moves);
        foreach (var entry in truth.Entries)
        {
            var moves = truth.Moves.Where(m => m.DebitEntryId == entry.Id || m.CreditEntryId == entry.Id).ToList();
            var open = truth.OpenAsOf(entry, DateOnly.MaxValue);
            DateOnly? last = moves.Count == 0 ? null : moves.Max(m => m.Date);
            Assert.Equal((open, last, open == 0 ? last : null), (entry.OpenMinor, entry.LastSettledOn, entry.ClosedOn));
        }

        await using (var scope = book.App.Scope())
        {
            await LedgerOpenItems.RebuildAsync(scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>(), default);
        }

        var rebuilt = await LedgerTruth.LoadAsync(book.App);
        Assert.Equal(truth.Entries.OrderBy(e => e.Id), rebuilt.Entries.OrderBy(e => e.Id));
    }

    private async Task AssertAgingEqualsLedgerAsync(LedgerTruth truth, DateOnly asOf)
    {
        var expected = truth.OpenItems(asOf)
            .GroupBy(i => (i.Entry.CustomerId, i.Entry.Currency))
            .ToDictionary(g => g.Key, g => Enumerable.Range(0, 5).Select(b => g.Where(i => LedgerTruth.Bucket(i, asOf) == b).Sum(i => i.Open)).ToArray());
        var (items, totals) = await Api.AllAsync($"/api/v1/reports/aging?asOf={Day(asOf)}");

        Assert.Equal(expected.Count, items.Count);
        foreach (var row in items)
        {
            var key = (row["customerId"]!.GetValue<long>(), row.Str("currency"));
            var amounts = row["amounts"]!.AsArray().Select(a => a!.GetValue<decimal>()).ToArray();
            Assert.Equal(expected[key].Select(m => LedgerTruth.Major(m, key.Item2)), amounts);
            Assert.Equal(amounts.Sum(), row.Dec("total"));
        }

        foreach (var currency in truth.Entries.Select(e => e.Currency).Distinct())
        {
            var ledgerBalance = LedgerTruth.Major(truth.Entries.Where(e => e.Currency == currency && e.Date <= asOf).Sum(e => e.Amount), currency);
            var total = totals.SingleOrDefault(t => t!.Str("currency") == currency);
            Assert.Equal(ledgerBalance, total?.Dec("total") ?? 0m);
            Assert.Equal(ledgerBalance, items.Where(i => i.Str("currency") == currency).Sum(i => i.Dec("total")));
        }
    }

    private async Task RebuildSummaryAsync(DateOnly day)
    {
        await using var scope = book.App.Scope();
        await CustomerAgingSummary.RefreshAsync(scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>(), day, default);
    }
}
