namespace CustomerCenter.Domain.Receivables;

/// <summary>
/// One line of a customer's append-only receivables ledger. <paramref name="Amount"/> is signed: positive raises
/// what the customer owes (invoice, refund, payment reversal, bounced cheque), negative lowers it (payment,
/// credit note). <paramref name="Sequence"/> is unique per ledger and grows in the order entries are written; it
/// orders entries of the same date and identifies them in <see cref="Settlement"/>s.
/// </summary>
public sealed record LedgerEntry(
    DateOnly Date,
    LedgerEntryKind Kind,
    string Reference,
    Money Amount,
    DateOnly? DueDate,
    long Sequence)
{
    /// <summary>+1 for kinds that raise the balance owed, −1 for kinds that lower it.</summary>
    public static int SignOf(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.Invoice or LedgerEntryKind.Refund or LedgerEntryKind.PaymentReversal or LedgerEntryKind.ChequeBounce => 1,
        LedgerEntryKind.Payment or LedgerEntryKind.CreditNote => -1,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Makes the entry for a posted document from its (positive) document amount, applying the sign.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The document amount is not above zero.</exception>
    public static LedgerEntry Create(
        DateOnly date, LedgerEntryKind kind, string reference, Money documentAmount, DateOnly? dueDate, long sequence)
    {
        if (!documentAmount.IsPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(documentAmount), documentAmount, "A ledger entry is written for an amount above zero.");
        }

        return new LedgerEntry(date, kind, reference, SignOf(kind) < 0 ? -documentAmount : documentAmount, dueDate, sequence);
    }

    /// <summary>The date aging counts from: the due date, or the document date for items without one.</summary>
    public DateOnly AgingDate => DueDate ?? Date;
}
