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

    public DateTime CreatedAt { get; set; }
}
