using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Domain.Tests.Documents;

public class InvoiceLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static Money Eur(long minor) => new(minor, "EUR");

    [Fact]
    public void Draft_invoice_can_be_posted() =>
        Assert.Equal(InvoiceStatus.Posted, InvoiceLifecycle.Post(InvoiceStatus.Draft, 2, Eur(10000)).Value);

    [Fact]
    public void Posted_zero_invoice_is_paid_at_once() =>
        Assert.Equal(InvoiceStatus.Paid, InvoiceLifecycle.Post(InvoiceStatus.Draft, 1, Eur(0)).Value);

    [Theory]
    [InlineData(InvoiceStatus.Posted)]
    [InlineData(InvoiceStatus.PartlyPaid)]
    [InlineData(InvoiceStatus.Paid)]
    public void Posted_invoice_cannot_be_posted_again(InvoiceStatus status) =>
        Assert.Equal("This invoice is already posted.", InvoiceLifecycle.Post(status, 1, Eur(100)).Error);

    [Fact]
    public void Invoice_without_lines_cannot_be_posted() =>
        Assert.Equal(DomainErrorKind.Conflict, InvoiceLifecycle.Post(InvoiceStatus.Draft, 0, Eur(0)).ErrorKind);

    [Fact]
    public void Invoice_with_a_negative_total_cannot_be_posted() =>
        Assert.Contains("credit note", InvoiceLifecycle.Post(InvoiceStatus.Draft, 1, Eur(-1)).Error, StringComparison.Ordinal);

    [Fact]
    public void Unpaid_invoice_is_posted() => Assert.Equal(InvoiceStatus.Posted, InvoiceLifecycle.StatusFor(Eur(100), Eur(100)));

    [Fact]
    public void Partly_paid_invoice_is_partly_paid() => Assert.Equal(InvoiceStatus.PartlyPaid, InvoiceLifecycle.StatusFor(Eur(100), Eur(1)));

    [Fact]
    public void Invoice_with_nothing_open_is_paid() => Assert.Equal(InvoiceStatus.Paid, InvoiceLifecycle.StatusFor(Eur(100), Eur(0)));

    [Fact]
    public void Paid_invoice_opens_again_when_a_payment_is_reversed() =>
        Assert.Equal(InvoiceStatus.Posted, InvoiceLifecycle.StatusFor(Eur(100), Eur(100)));

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    public void Open_amount_outside_zero_to_total_is_a_bug(long open) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InvoiceLifecycle.StatusFor(Eur(100), Eur(open)));

    [Theory]
    [InlineData(InvoiceStatus.Posted)]
    [InlineData(InvoiceStatus.PartlyPaid)]
    public void Unpaid_invoice_past_its_due_date_is_overdue(InvoiceStatus status) =>
        Assert.True(InvoiceLifecycle.IsOverdue(status, Today.AddDays(-1), Today));

    [Fact]
    public void Invoice_due_today_is_not_overdue() => Assert.False(InvoiceLifecycle.IsOverdue(InvoiceStatus.Posted, Today, Today));

    [Theory]
    [InlineData(InvoiceStatus.Draft)]
    [InlineData(InvoiceStatus.Paid)]
    public void Draft_or_paid_invoice_is_never_overdue(InvoiceStatus status) =>
        Assert.False(InvoiceLifecycle.IsOverdue(status, Today.AddDays(-100), Today));

    [Fact]
    public void Draft_invoice_can_be_edited() => Assert.True(InvoiceLifecycle.EnsureEditable(InvoiceStatus.Draft).IsSuccess);

    [Theory]
    [InlineData(InvoiceStatus.Posted)]
    [InlineData(InvoiceStatus.PartlyPaid)]
    [InlineData(InvoiceStatus.Paid)]
    public void Posted_invoice_cannot_be_edited_or_deleted(InvoiceStatus status) =>
        Assert.Equal(
            "A posted invoice can't be changed or deleted; correct it with a credit note.",
            InvoiceLifecycle.EnsureEditable(status).Error);
}
