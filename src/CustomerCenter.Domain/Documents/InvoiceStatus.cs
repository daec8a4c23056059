namespace CustomerCenter.Domain.Documents;

/// <summary>
/// An invoice's status. Once posted it follows the open amount; "overdue" is derived, see
/// <see cref="InvoiceLifecycle.IsOverdue"/>.
/// </summary>
public enum InvoiceStatus
{
    Draft,
    Posted,
    PartlyPaid,
    Paid,
}
