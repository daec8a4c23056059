using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Items;

/// <summary>A product or service that document lines can be filled from.</summary>
public sealed class Item : IAudited, IVersioned
{
    public long Id { get; set; }

    public required string Sku { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case, accent-free name, the sort key.</summary>
    public string NameNormalized { get; set; } = "";

    public string? Description { get; set; }

    public string Unit { get; set; } = "pcs";

    public decimal UnitPrice { get; set; }

    public string Currency { get; set; } = "EUR";

    public decimal TaxRate { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }

    long? IAudited.AuditCustomerId => null;
}
