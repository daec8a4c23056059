namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// Part of a credit (payment, credit note) applied to a debit (invoice, refund), dated. Append-only:
/// undoing an application is a negative allocation, so what was open on any past date stays provable.
/// </summary>
public sealed class Allocation
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public string Currency { get; set; } = "EUR";

    public long DebitEntryId { get; set; }

    public long CreditEntryId { get; set; }

    public long AmountMinor { get; set; }

    public DateOnly Date { get; set; }

    public DateTime CreatedAt { get; set; }
}
