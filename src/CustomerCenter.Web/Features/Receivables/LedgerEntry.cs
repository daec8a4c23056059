using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// One line of a customer's receivables ledger, append-only: what the customer owes goes up with
/// invoices, refunds and reversals (positive amounts) and down with payments and credit notes
/// (negative). Balance, statement and aging as of any date are computed from these rows.
/// </summary>
public sealed class LedgerEntry
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public string Currency { get; set; } = "EUR";

    public DateOnly Date { get; set; }

    public LedgerEntryKind Kind { get; set; }

    /// <summary>The invoice or credit note behind the entry.</summary>
    public long? DocumentId { get; set; }

    /// <summary>The payment behind the entry (its receipt, reversal or bounce).</summary>
    public long? PaymentId { get; set; }

    /// <summary>The refund behind the entry.</summary>
    public long? RefundId { get; set; }

    public string Reference { get; set; } = "";

    /// <summary>Signed: positive raises what the customer owes.</summary>
    public long AmountMinor { get; set; }

    /// <summary>Invoices: due date, for aging.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>
    /// Derived, not history: what is open on the entry now (signed like the amount), kept in step by
    /// <see cref="LedgerWriter"/> with every allocation, so today's open items are read without summing allocations.
    /// </summary>
    public long OpenMinor { get; set; }

    /// <summary>Derived: the latest date of any allocation on the entry. Open as of a date on or after it is <see cref="OpenMinor"/>.</summary>
    public DateOnly? LastSettledOn { get; set; }

    /// <summary>
    /// Derived: set while nothing is open, to the latest allocation date — from then on the entry is settled for
    /// good, so aging as of any later date can skip it. Null while something is open.
    /// </summary>
    public DateOnly? ClosedOn { get; set; }

    public DateTime CreatedAt { get; set; }
}
