namespace CustomerCenter.Web.Features.Portal;

/// <summary>An item a portal customer may order, at its price in the customer's currency.</summary>
public sealed record CatalogItem(long Id, string Sku, string Name, string? Description, string Unit, decimal UnitPrice, string Currency, decimal TaxRate);
