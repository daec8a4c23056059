namespace CustomerCenter.Web.Features.Sales;

/// <summary>How much of one sales order line to deliver.</summary>
public sealed record OrderLineQuantity(long LineId, decimal Quantity);

public sealed record DeliverRequest(List<OrderLineQuantity>? Lines, DateOnly? Date);

public sealed record InvoiceOrderRequest(string? Scope, DateOnly? Date);
