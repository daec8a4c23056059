using CustomerCenter.Domain.Receivables;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerCenter.Domain.Tests.Receivables;

/// <summary>Statement, ledger balance, open items and aging are four views of one history and must agree.</summary>
public class StatementProperties
{
    private static Statement StatementOf(LedgerHistory history) =>
        Statement.Build("EUR", history.Entries, history.Settlements, history.From, history.To, AgingBuckets.Default).Value;

    [Property(MaxTest = 300)]
    public Property Closing_balance_is_opening_plus_the_period_entries() =>
        Prop.ForAll(LedgerHistory.Arbitrary, history =>
        {
            var statement = StatementOf(history);
            return statement.ClosingBalance == statement.OpeningBalance + Money.Sum(statement.Lines.Select(l => l.Entry.Amount), "EUR")
                && statement.ClosingBalance == (statement.Lines.Count == 0 ? statement.OpeningBalance : statement.Lines[^1].RunningBalance);
        });

    [Property(MaxTest = 300)]
    public Property Closing_balance_is_the_ledger_balance_at_the_period_end() =>
        Prop.ForAll(LedgerHistory.Arbitrary, history =>
            StatementOf(history).ClosingBalance == Ledger.BalanceAsOf(history.Entries, history.To, "EUR")
            && StatementOf(history).OpeningBalance == Ledger.BalanceAsOf(history.Entries, history.From.AddDays(-1), "EUR"));

    [Property(MaxTest = 300)]
    public Property Open_items_and_aging_strip_add_up_to_the_closing_balance() =>
        Prop.ForAll(LedgerHistory.Arbitrary, history =>
        {
            var statement = StatementOf(history);
            var openTotal = Money.Sum(statement.OpenItems.Select(i => i.OpenAmount), "EUR");
            return openTotal == statement.ClosingBalance
                && statement.Aging.Total == statement.ClosingBalance
                && Money.Sum(statement.Aging.Amounts, "EUR") == statement.ClosingBalance
                && AccountBalance.From(statement.OpenItems, history.To, "EUR").Balance == statement.ClosingBalance;
        });

    [Property(MaxTest = 300)]
    public Property Ledger_views_agree_on_every_day() =>
        Prop.ForAll(LedgerHistory.Arbitrary, history =>
            Enumerable.Range(0, 280).Select(d => new DateOnly(2026, 1, 1).AddDays(d)).All(day =>
            {
                var items = Ledger.OpenItemsAsOf(history.Entries, history.Settlements, day);
                var balance = Ledger.BalanceAsOf(history.Entries, day, "EUR");
                return Money.Sum(items.Select(i => i.OpenAmount), "EUR") == balance
                    && AgingStrip.Compute(items, day, AgingBuckets.Default, "EUR").Total == balance;
            }));

    [Property(MaxTest = 300)]
    public Property Open_items_keep_the_sign_of_their_entry_and_never_exceed_it() =>
        Prop.ForAll(LedgerHistory.Arbitrary, history =>
            StatementOf(history).OpenItems.All(i =>
                i.OpenAmount.IsNegative == i.OriginalAmount.IsNegative && i.OpenAmount.Abs() <= i.OriginalAmount.Abs()));

    [Property(MaxTest = 300)]
    public Property Statement_lines_are_in_date_then_sequence_order() =>
        Prop.ForAll(LedgerHistory.Arbitrary, history =>
        {
            var lines = StatementOf(history).Lines;
            return lines.Zip(lines.Skip(1)).All(pair =>
                pair.First.Entry.Date < pair.Second.Entry.Date
                || (pair.First.Entry.Date == pair.Second.Entry.Date && pair.First.Entry.Sequence < pair.Second.Entry.Sequence));
        });

    [Property(MaxTest = 300)]
    public Property Aging_of_debits_follows_days_past_due() =>
        Prop.ForAll(LedgerHistory.Arbitrary, history =>
        {
            var statement = StatementOf(history);
            var overdue = statement.OpenItems.Where(i => !i.IsCredit && i.DaysPastDue(history.To) > 0).Sum(i => i.OpenAmount.Minor);
            return statement.Aging.Amounts.Skip(1).Sum(a => a.Minor) == overdue;
        });
}
