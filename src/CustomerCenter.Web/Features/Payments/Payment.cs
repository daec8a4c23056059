using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>
/// Money received from a customer. Immutable once posted: a mistake is undone with a reversal, a
/// returned cheque with a bounce, each leaving both entries visible in the ledger.
/// </summary>
public sealed class Payment : IAudited, IVersioned
{
    public long Id { get; set; }

    public required string Number { get; set; }

    public long CustomerId { get; set; }

    public DateOnly Date { get; set; }

    public long AmountMinor { get; set; }

    public required string Currency { get; set; }

    public PaymentMethod Method { get; set; }

    public string? Reference { get; set; }

    public PaymentStatus Status { get; set; }

    /// <summary>What is not applied to invoices nor refunded. Changed only by guarded UPDATEs (never below zero).</summary>
    public long UnappliedMinor { get; set; }

    public string? ChequeNumber { get; set; }

    public string? ChequeBank { get; set; }

    public DateOnly? ChequeDate { get; set; }

    /// <summary>Cheques: the allocations asked for when it was received, applied when it is deposited (JSON).</summary>
    public string? PlannedAllocations { get; set; }

    public DateOnly? DepositedOn { get; set; }

    public DateOnly? ReversedOn { get; set; }

    public string? ReversalReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }

    long? IAudited.AuditCustomerId => CustomerId;
}
