namespace CustomerCenter.Domain.Receivables;

/// <summary>
/// Part of a credit entry (payment, credit note) applied to a debit entry (invoice, refund, reversal), from
/// <paramref name="Date"/> on. Entries are named by their <see cref="LedgerEntry.Sequence"/>. The date may not be
/// before either entry's date. A negative amount takes back an earlier application (e.g. when a cheque bounces
/// and its invoices open again), so the history of applications stays append-only too.
/// </summary>
public sealed record Settlement(long DebitSequence, long CreditSequence, Money Amount, DateOnly Date);
