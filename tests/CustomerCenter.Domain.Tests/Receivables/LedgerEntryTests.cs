using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Domain.Tests.Receivables;

public class LedgerEntryTests
{
    [Theory]
    [InlineData(LedgerEntryKind.Invoice, 100)]
    [InlineData(LedgerEntryKind.Refund, 100)]
    [InlineData(LedgerEntryKind.PaymentReversal, 100)]
    [InlineData(LedgerEntryKind.ChequeBounce, 100)]
    [InlineData(LedgerEntryKind.Payment, -100)]
    [InlineData(LedgerEntryKind.CreditNote, -100)]
    public void Entry_kind_decides_which_way_the_balance_moves(LedgerEntryKind kind, long signed) =>
        Assert.Equal(signed, LedgerEntry.Create(new DateOnly(2026, 1, 1), kind, "X-1", new Money(100, "EUR"), null, 1).Amount.Minor);

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void Entry_is_made_from_a_positive_document_amount(long amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            LedgerEntry.Create(new DateOnly(2026, 1, 1), LedgerEntryKind.Invoice, "X-1", new Money(amount, "EUR"), null, 1));

    [Fact]
    public void Entry_without_due_date_ages_from_its_date()
    {
        var refund = LedgerEntry.Create(new DateOnly(2026, 1, 1), LedgerEntryKind.Refund, "R-1", new Money(1, "EUR"), null, 1);

        Assert.Equal(new DateOnly(2026, 1, 1), refund.AgingDate);
    }

    [Fact]
    public void Entry_with_due_date_ages_from_it()
    {
        var due = new DateOnly(2026, 1, 31);
        var invoice = LedgerEntry.Create(new DateOnly(2026, 1, 1), LedgerEntryKind.Invoice, "I-1", new Money(1, "EUR"), due, 1);

        Assert.Equal(due, invoice.AgingDate);
    }
}
