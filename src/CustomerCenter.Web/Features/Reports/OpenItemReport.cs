using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// An open ledger item as of the report date, in minor units: a debit (invoice…) with a positive open amount or
/// a credit (unapplied payment, credit note) with a negative one. <see cref="DaysOverdue"/> counts from the aging date.
/// </summary>
public sealed record OpenItemRow(
    long EntryId, LedgerEntryKind Kind, string Reference, long? DocumentId, long? PaymentId,
    long CustomerId, string CustomerName, string CustomerNumber, string Currency,
    DateOnly Date, DateOnly? DueDate, long Amount, long Open, int DaysOverdue);

public sealed record OpenItemTotal(string Currency, int Items, long Amount, long Open);

public sealed record OpenItemReport(OpenItemFilter Filter, IReadOnlyList<OpenItemRow> Rows, IReadOnlyList<OpenItemTotal> Totals)
{
    public int Total => Totals.Sum(t => t.Items);
}
