namespace CustomerCenter.Domain.Receivables;

/// <summary>
/// A ledger entry that is not fully settled as of a date. Debits (invoices…) have a positive open amount,
/// credits (unapplied payments, unallocated credit notes) a negative one.
/// </summary>
public sealed record OpenItem(
    long Sequence,
    string Reference,
    LedgerEntryKind Kind,
    DateOnly Date,
    DateOnly? DueDate,
    Money OriginalAmount,
    Money OpenAmount)
{
    public DateOnly AgingDate => DueDate ?? Date;

    /// <summary>Days after the due date (document date when there is none); zero or less is not yet due.</summary>
    public int DaysPastDue(DateOnly asOf) => asOf.DayNumber - AgingDate.DayNumber;

    public bool IsCredit => OpenAmount.IsNegative;
}
