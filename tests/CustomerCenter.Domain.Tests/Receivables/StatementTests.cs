using CustomerCenter.Domain.Receivables;
using static CustomerCenter.Domain.Tests.Receivables.LedgerBuilder;

namespace CustomerCenter.Domain.Tests.Receivables;

public class StatementTests
{
    private static Statement Build(LedgerBuilder ledger, int from, int to)
    {
        var result = Statement.Build("EUR", ledger.Entries, ledger.Settlements, Day(from), Day(to), AgingBuckets.Default);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }

    [Fact]
    public void Opening_balance_is_everything_before_the_period()
    {
        var ledger = new LedgerBuilder();
        ledger.Invoice(0, 10_000);
        ledger.Entry(9, LedgerEntryKind.Payment, 3_000);
        ledger.Invoice(10, 500);

        Assert.Equal(Eur(7_000), Build(ledger, 10, 20).OpeningBalance);
    }

    [Fact]
    public void Lines_run_by_date_then_sequence_with_a_running_balance()
    {
        var ledger = new LedgerBuilder();
        var late = ledger.Invoice(15, 100);
        var payment = ledger.Entry(12, LedgerEntryKind.Payment, 30);
        var early = ledger.Invoice(12, 50);

        var statement = Build(ledger, 10, 20);

        Assert.Equal([payment, early, late], statement.Lines.Select(l => l.Entry.Sequence));
        Assert.Equal([-30L, 20L, 120L], statement.Lines.Select(l => l.RunningBalance.Minor));
        Assert.Equal(Eur(120), statement.ClosingBalance);
    }

    [Fact]
    public void Entries_on_the_first_and_last_day_are_in_the_period()
    {
        var ledger = new LedgerBuilder();
        ledger.Invoice(10, 1);
        ledger.Invoice(20, 2);
        ledger.Invoice(21, 4);

        var statement = Build(ledger, 10, 20);

        Assert.Equal(2, statement.Lines.Count);
        Assert.Equal(Eur(3), statement.ClosingBalance);
    }

    [Fact]
    public void Open_items_and_aging_are_as_of_the_period_end()
    {
        var ledger = new LedgerBuilder();
        var invoice = ledger.Invoice(0, 10_000, terms: 30);
        var payment = ledger.Entry(40, LedgerEntryKind.Payment, 4_000);
        ledger.Settle(invoice, payment, 4_000, 40);
        ledger.Invoice(45, 2_000, terms: 30);
        ledger.Entry(50, LedgerEntryKind.Payment, 500);

        var statement = Build(ledger, 31, 70);

        Assert.Equal([Eur(6_000), Eur(2_000), Eur(-500)], statement.OpenItems.Select(i => i.OpenAmount));
        Assert.Equal([1_500L, 0L, 6_000L, 0L, 0L], statement.Aging.Amounts.Select(a => a.Minor));
        Assert.Equal(statement.ClosingBalance, statement.Aging.Total);
    }

    [Fact]
    public void Empty_ledger_gives_a_zero_statement()
    {
        var statement = Build(new LedgerBuilder(), 0, 30);

        Assert.True(statement.OpeningBalance.IsZero);
        Assert.True(statement.ClosingBalance.IsZero);
        Assert.Empty(statement.Lines);
    }

    [Fact]
    public void Period_ending_before_it_starts_is_refused() =>
        Assert.True(Statement.Build("EUR", [], [], Day(5), Day(4), AgingBuckets.Default).Errors.ContainsKey("to"));

    [Fact]
    public void One_day_period_is_allowed() => Assert.True(Statement.Build("EUR", [], [], Day(5), Day(5), AgingBuckets.Default).IsSuccess);
}
