namespace CustomerCenter.Domain.Documents;

public enum OrderStatus
{
    /// <summary>Placed by the customer in the portal, waiting for staff to confirm it.</summary>
    Submitted,
    Draft,
    Confirmed,
    PartlyDelivered,
    Delivered,

    /// <summary>Everything ordered is invoiced; only delivering what is left (if invoiced in advance) remains.</summary>
    Invoiced,
    Cancelled,
}
