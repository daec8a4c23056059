namespace CustomerCenter.Web.Features.Items;

public sealed record ItemDto(
    long Id, string Sku, string Name, string? Description, string Unit, decimal UnitPrice, string Currency, decimal TaxRate, bool IsActive, long Version)
{
    public static ItemDto From(Item i) => new(i.Id, i.Sku, i.Name, i.Description, i.Unit, i.UnitPrice, i.Currency, i.TaxRate, i.IsActive, i.Version);
}

public sealed record TaxRateDto(long Id, string Name, decimal Percent, bool IsActive)
{
    public static TaxRateDto From(TaxRate t) => new(t.Id, t.Name, t.Percent, t.IsActive);
}

public sealed record TaxRateInput(string? Name, decimal? Percent, bool? IsActive);
