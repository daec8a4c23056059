namespace CustomerCenter.Domain.Documents;

/// <summary>
/// Draft → Posted, then Posted / PartlyPaid / Paid follow the open amount. A posted invoice is immutable:
/// corrections are credit notes.
/// </summary>
public static class InvoiceLifecycle
{
    /// <summary>Posting freezes the invoice; its status is then the one its open amount gives (a zero invoice is paid).</summary>
    public static DomainResult<InvoiceStatus> Post(InvoiceStatus status, int lineCount, Money total)
    {
        if (status != InvoiceStatus.Draft)
        {
            return DomainResult<InvoiceStatus>.Conflict("This invoice is already posted.");
        }

        if (lineCount == 0)
        {
            return DomainResult<InvoiceStatus>.Conflict("An invoice without lines can't be posted.");
        }

        return total.IsNegative
            ? DomainResult<InvoiceStatus>.Conflict("An invoice can't have a negative total; issue a credit note instead.")
            : DomainResult<InvoiceStatus>.Ok(StatusFor(total, total));
    }

    /// <summary>The status of a posted invoice: nothing paid → Posted, some → PartlyPaid, all → Paid.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The open amount is negative or more than the total.</exception>
    public static InvoiceStatus StatusFor(Money total, Money open)
    {
        if (open.IsNegative || open > total)
        {
            throw new ArgumentOutOfRangeException(nameof(open), open, $"The open amount must be between 0 and the total {total}.");
        }

        if (open.IsZero)
        {
            return InvoiceStatus.Paid;
        }

        return open == total ? InvoiceStatus.Posted : InvoiceStatus.PartlyPaid;
    }

    /// <summary>Unpaid (wholly or partly) and past its due date; due today is not overdue.</summary>
    public static bool IsOverdue(InvoiceStatus status, DateOnly dueDate, DateOnly today) =>
        status is InvoiceStatus.Posted or InvoiceStatus.PartlyPaid && today > dueDate;

    /// <summary>Only drafts can be edited or deleted.</summary>
    public static DomainResult EnsureEditable(InvoiceStatus status) =>
        status == InvoiceStatus.Draft
            ? DomainResult.Ok()
            : DomainResult.Conflict("A posted invoice can't be changed or deleted; correct it with a credit note.");
}
