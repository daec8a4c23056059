using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>Money paid back to a customer out of unapplied payment credit or an open credit note. Posted at once; immutable.</summary>
public sealed class Refund : IAudited
{
    public long Id { get; set; }

    public required string Number { get; set; }

    public long CustomerId { get; set; }

    public DateOnly Date { get; set; }

    public long AmountMinor { get; set; }

    public required string Currency { get; set; }

    public PaymentMethod Method { get; set; }

    public string? Reference { get; set; }

    /// <summary>The payment whose unapplied credit is paid back, or …</summary>
    public long? PaymentId { get; set; }

    /// <summary>… the credit note whose open amount is paid back.</summary>
    public long? CreditNoteId { get; set; }

    public DateTime CreatedAt { get; set; }

    long? IAudited.AuditCustomerId => CustomerId;
}
