using CustomerCenter.Domain.Receivables;
using static CustomerCenter.Domain.Tests.Receivables.LedgerBuilder;

namespace CustomerCenter.Domain.Tests.Receivables;

public class LedgerTests
{
    [Fact]
    public void Balance_is_the_sum_of_entries_up_to_the_date()
    {
        var ledger = new LedgerBuilder();
        ledger.Invoice(0, 10_000);
        ledger.Entry(5, LedgerEntryKind.Payment, 4_000);
        ledger.Invoice(10, 1_000);

        Assert.Equal(Eur(6_000), Ledger.BalanceAsOf(ledger.Entries, Day(5), "EUR"));
        Assert.Equal(Eur(7_000), Ledger.BalanceAsOf(ledger.Entries, Day(10), "EUR"));
    }

    [Fact]
    public void Balance_refuses_mixed_currencies()
    {
        LedgerEntry[] entries =
        [
            new(Day(0), LedgerEntryKind.Invoice, "I-1", Eur(1), null, 1),
            new(Day(0), LedgerEntryKind.Invoice, "I-2", new Money(1, "USD"), null, 2),
        ];

        Assert.Throws<InvalidOperationException>(() => Ledger.BalanceAsOf(entries, Day(1), "EUR"));
    }

    [Fact]
    public void Partly_paid_invoice_is_open_for_the_rest()
    {
        var ledger = new LedgerBuilder();
        var invoice = ledger.Invoice(0, 10_000);
        var payment = ledger.Entry(5, LedgerEntryKind.Payment, 4_000);
        ledger.Settle(invoice, payment, 4_000, 5);

        var item = Assert.Single(Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(5)));

        Assert.Equal(invoice, item.Sequence);
        Assert.Equal(Eur(10_000), item.OriginalAmount);
        Assert.Equal(Eur(6_000), item.OpenAmount);
    }

    [Fact]
    public void Settlement_counts_only_from_its_date()
    {
        var ledger = new LedgerBuilder();
        var invoice = ledger.Invoice(0, 10_000);
        var payment = ledger.Entry(5, LedgerEntryKind.Payment, 10_000);
        ledger.Settle(invoice, payment, 10_000, 8);

        Assert.Equal(2, Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(7)).Count);
        Assert.Empty(Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(8)));
    }

    [Fact]
    public void Unapplied_payment_is_an_open_credit()
    {
        var ledger = new LedgerBuilder();
        var invoice = ledger.Invoice(0, 1_000);
        var payment = ledger.Entry(5, LedgerEntryKind.Payment, 3_000);
        ledger.Settle(invoice, payment, 1_000, 5);

        var item = Assert.Single(Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(5)));

        Assert.Equal(Eur(-2_000), item.OpenAmount);
        Assert.True(item.IsCredit);
    }

    [Fact]
    public void Credit_note_against_an_invoice_settles_both()
    {
        var ledger = new LedgerBuilder();
        var invoice = ledger.Invoice(0, 1_000);
        var credit = ledger.Entry(3, LedgerEntryKind.CreditNote, 1_000);
        ledger.Settle(invoice, credit, 1_000, 3);

        Assert.Empty(Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(3)));
    }

    [Fact]
    public void Bounced_cheque_opens_its_invoice_again()
    {
        var ledger = new LedgerBuilder();
        var invoice = ledger.Invoice(0, 1_000);
        var cheque = ledger.Entry(5, LedgerEntryKind.Payment, 1_000);
        ledger.Settle(invoice, cheque, 1_000, 5);
        var bounce = ledger.Entry(12, LedgerEntryKind.ChequeBounce, 1_000);
        ledger.Settle(invoice, cheque, -1_000, 12);
        ledger.Settle(bounce, cheque, 1_000, 12);

        Assert.Empty(Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(11)));
        var item = Assert.Single(Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(12)));
        Assert.Equal(invoice, item.Sequence);
        Assert.Equal(Eur(1_000), item.OpenAmount);
    }

    [Fact]
    public void Entries_after_the_date_are_not_open_yet()
    {
        var ledger = new LedgerBuilder();
        ledger.Invoice(10, 1_000);

        Assert.Empty(Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(9)));
    }

    [Fact]
    public void Open_items_come_by_date_then_sequence()
    {
        var ledger = new LedgerBuilder();
        ledger.Invoice(5, 1);
        ledger.Invoice(1, 2);
        ledger.Invoice(5, 3);

        Assert.Equal([2L, 1L, 3L], Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(9)).Select(i => i.Sequence));
    }

    [Fact]
    public void Settlement_of_an_unknown_entry_is_a_bug()
    {
        var ledger = new LedgerBuilder();
        var invoice = ledger.Invoice(0, 1_000);
        ledger.Settle(invoice, 99, 1, 1);

        Assert.Throws<ArgumentException>(() => Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(1)));
    }

    [Fact]
    public void Settlement_between_two_invoices_is_a_bug()
    {
        var ledger = new LedgerBuilder();
        var first = ledger.Invoice(0, 1_000);
        var second = ledger.Invoice(0, 1_000);
        ledger.Settle(first, second, 1, 1);

        Assert.Throws<ArgumentException>(() => Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(1)));
    }

    [Fact]
    public void Settlement_dated_before_its_payment_is_a_bug()
    {
        var ledger = new LedgerBuilder();
        var invoice = ledger.Invoice(0, 1_000);
        var payment = ledger.Entry(5, LedgerEntryKind.Payment, 1_000);
        ledger.Settle(invoice, payment, 1_000, 4);

        Assert.Throws<ArgumentException>(() => Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(9)));
    }

    [Fact]
    public void Settling_beyond_an_invoice_amount_is_reported_as_broken_data()
    {
        var ledger = new LedgerBuilder();
        var invoice = ledger.Invoice(0, 1_000);
        var payment = ledger.Entry(5, LedgerEntryKind.Payment, 5_000);
        ledger.Settle(invoice, payment, 1_500, 5);

        Assert.Throws<InvalidOperationException>(() => Ledger.OpenItemsAsOf(ledger.Entries, ledger.Settlements, Day(9)));
    }
}
