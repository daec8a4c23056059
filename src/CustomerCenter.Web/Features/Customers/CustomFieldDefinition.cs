using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>An Admin-defined extra field on customers; values live in <see cref="Customer.CustomFields"/>.</summary>
public sealed class CustomFieldDefinition : IAudited
{
    public long Id { get; set; }

    /// <summary>The JSON/API key: lower camel, letters and digits.</summary>
    public required string Key { get; set; }

    public required string Label { get; set; }

    public CustomFieldType Type { get; set; }

    public bool IsRequired { get; set; }

    public List<string> Choices { get; set; } = [];

    public int SortOrder { get; set; }

    long? IAudited.AuditCustomerId => null;
}
