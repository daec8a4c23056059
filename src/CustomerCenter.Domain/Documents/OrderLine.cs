namespace CustomerCenter.Domain.Documents;

/// <summary>A sales order line's quantities (3 decimals each); the id is whatever the host uses for lines.</summary>
public sealed record OrderLine<TLineId>(TLineId Id, decimal Ordered, decimal Delivered, decimal Invoiced)
    where TLineId : notnull
{
    public decimal OpenToDeliver => Ordered - Delivered;

    public decimal OpenToInvoice => Ordered - Invoiced;

    public decimal DeliveredNotInvoiced => Math.Max(0, Delivered - Invoiced);
}
