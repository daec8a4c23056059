using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Domain.Tests.Documents;

public class CreditNoteLifecycleTests
{
    private static Money Eur(long minor) => new(minor, "EUR");

    [Fact]
    public void Draft_credit_note_can_be_posted() =>
        Assert.Equal(CreditNoteStatus.Posted, CreditNoteLifecycle.Post(CreditNoteStatus.Draft, 1, Eur(500)).Value);

    [Fact]
    public void Posted_credit_note_cannot_be_posted_again() =>
        Assert.Equal("This credit note is already posted.", CreditNoteLifecycle.Post(CreditNoteStatus.Posted, 1, Eur(500)).Error);

    [Fact]
    public void Credit_note_without_lines_cannot_be_posted() =>
        Assert.Equal(DomainErrorKind.Conflict, CreditNoteLifecycle.Post(CreditNoteStatus.Draft, 0, Eur(500)).ErrorKind);

    [Fact]
    public void Credit_note_of_zero_cannot_be_posted() =>
        Assert.Equal(DomainErrorKind.Conflict, CreditNoteLifecycle.Post(CreditNoteStatus.Draft, 1, Eur(0)).ErrorKind);

    [Fact]
    public void Credit_note_within_the_invoice_open_amount_can_be_posted() =>
        Assert.True(CreditNoteLifecycle.PostAgainstInvoice(CreditNoteStatus.Draft, 1, Eur(500), InvoiceStatus.PartlyPaid, Eur(800)).IsSuccess);

    [Fact]
    public void Credit_note_for_exactly_the_open_amount_can_be_posted() =>
        Assert.True(CreditNoteLifecycle.PostAgainstInvoice(CreditNoteStatus.Draft, 1, Eur(800), InvoiceStatus.Posted, Eur(800)).IsSuccess);

    [Fact]
    public void Credit_note_may_not_exceed_the_invoice_open_amount() =>
        Assert.Equal(
            "The credit note (8.01 EUR) is more than the invoice's open amount (8.00 EUR).",
            CreditNoteLifecycle.PostAgainstInvoice(CreditNoteStatus.Draft, 1, Eur(801), InvoiceStatus.Posted, Eur(800)).Error);

    [Fact]
    public void Paid_invoice_cannot_be_credited_further() =>
        Assert.Equal(
            DomainErrorKind.Conflict,
            CreditNoteLifecycle.PostAgainstInvoice(CreditNoteStatus.Draft, 1, Eur(1), InvoiceStatus.Paid, Eur(0)).ErrorKind);

    [Fact]
    public void Draft_invoice_cannot_be_credited() =>
        Assert.Contains(
            "draft invoice",
            CreditNoteLifecycle.PostAgainstInvoice(CreditNoteStatus.Draft, 1, Eur(1), InvoiceStatus.Draft, Eur(100)).Error,
            StringComparison.Ordinal);

    [Fact]
    public void Credit_note_must_be_in_the_invoice_currency() =>
        Assert.Equal(
            "The credit note must be in the invoice's currency, USD.",
            CreditNoteLifecycle.PostAgainstInvoice(CreditNoteStatus.Draft, 1, Eur(1), InvoiceStatus.Posted, new Money(100, "USD")).Error);

    [Fact]
    public void Posting_rules_come_before_the_invoice_check() =>
        Assert.Equal(
            "This credit note is already posted.",
            CreditNoteLifecycle.PostAgainstInvoice(CreditNoteStatus.Posted, 1, Eur(1), InvoiceStatus.Posted, Eur(100)).Error);

    [Fact]
    public void Only_a_draft_credit_note_can_be_edited()
    {
        Assert.True(CreditNoteLifecycle.EnsureEditable(CreditNoteStatus.Draft).IsSuccess);
        Assert.Equal(DomainErrorKind.Conflict, CreditNoteLifecycle.EnsureEditable(CreditNoteStatus.Posted).ErrorKind);
    }
}
