using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Items;

/// <summary>A tax rate an Admin allows on documents, e.g. "Standard 19%".</summary>
public sealed class TaxRate : IAudited
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>A percent: 19 means 19%.</summary>
    public decimal Percent { get; set; }

    public bool IsActive { get; set; } = true;

    long? IAudited.AuditCustomerId => null;
}
