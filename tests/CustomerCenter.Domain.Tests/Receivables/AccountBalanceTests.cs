using CustomerCenter.Domain.Receivables;
using static CustomerCenter.Domain.Tests.Receivables.LedgerBuilder;

namespace CustomerCenter.Domain.Tests.Receivables;

public class AccountBalanceTests
{
    [Fact]
    public void Balance_splits_into_overdue_and_unapplied_credit()
    {
        var ledger = new LedgerBuilder();
        ledger.Invoice(0, 10_000, terms: 10);
        ledger.Invoice(15, 5_000, terms: 30);
        ledger.Entry(16, LedgerEntryKind.Payment, 2_000);

        var items = Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(20));
        var balance = AccountBalance.From(items, Day(20), "EUR");

        Assert.Equal(new AccountBalance(Eur(13_000), Eur(10_000), Eur(2_000)), balance);
    }

    [Fact]
    public void Invoice_due_today_is_not_overdue()
    {
        var ledger = new LedgerBuilder();
        ledger.Invoice(0, 10_000, terms: 10);

        var items = Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(10));

        Assert.True(AccountBalance.From(items, Day(10), "EUR").Overdue.IsZero);
    }

    [Fact]
    public void Customer_without_items_owes_nothing() =>
        Assert.Equal(new AccountBalance(Eur(0), Eur(0), Eur(0)), AccountBalance.From([], Day(0), "EUR"));
}
