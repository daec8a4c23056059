namespace CustomerCenter.Web.Features.Portal;

public sealed record PortalOrderLine(long ItemId, decimal Quantity);

/// <summary>
/// What a customer chooses in New Order: items and quantities, which of their own addresses to deliver to
/// (0 = billing, 1… = shipping addresses in order), a reference and a note. Customer, prices, tax rates,
/// currency and billing address come from the server, never from the form.
/// </summary>
public sealed record PortalOrderRequest(IReadOnlyList<PortalOrderLine> Lines, int DeliveryAddress, string? Reference, string? Notes);
