using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Portal;

public sealed record PortalDeliveryLine(string Description, decimal Quantity, string? Unit);

public sealed record PortalDelivery(long Id, string? Number, DateOnly Date, IReadOnlyList<PortalDeliveryLine> Lines);

/// <summary>One of the customer's orders with what was delivered and invoiced from it (never the business's drafts).</summary>
public sealed record PortalOrderView(DocumentDto Order, IReadOnlyList<PortalDelivery> Deliveries, IReadOnlyList<DocumentLinkDto> Invoices);
