namespace CustomerCenter.Domain.Documents;

/// <summary>What to bill from a sales order.</summary>
public enum InvoiceScope
{
    /// <summary>What has been delivered and not invoiced yet (the usual case).</summary>
    Delivered,

    /// <summary>Everything ordered and not invoiced yet, delivered or not (prepayment, services).</summary>
    All,
}
