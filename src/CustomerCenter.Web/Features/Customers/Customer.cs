using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Customers;

public sealed class Customer : IAudited, IVersioned, ITrashable
{
    public long Id { get; set; }

    public CustomerKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Lower-case, accent-free name: the sort key, so "émile" sorts beside "emile" on both databases.</summary>
    public string NameNormalized { get; set; } = "";

    public string Number { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public string? VatNumber { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? Ean { get; set; }

    public string Currency { get; set; } = "EUR";

    public int PaymentTermsDays { get; set; } = 30;

    public string Language { get; set; } = "en";

    /// <summary>In minor units of <see cref="Currency"/>; null means no limit.</summary>
    public long? CreditLimitMinor { get; set; }

    public Address BillingAddress { get; set; } = new();

    public List<Address> ShippingAddresses { get; set; } = [];

    public string? Notes { get; set; }

    public bool IsActive { get; set; } = true;

    public long? ParentId { get; set; }

    /// <summary>The Client Center whose portal this customer's people use; none means no portal access.</summary>
    public long? ClientCenterId { get; set; }

    public Customer? Parent { get; set; }

    /// <summary>Values of the Admin-defined custom fields, as canonical strings keyed by field key.</summary>
    public Dictionary<string, string> CustomFields { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? TrashedAt { get; set; }

    public long Version { get; set; }

    public List<Contact> Contacts { get; set; } = [];

    public List<CustomerSearchTerm> SearchTerms { get; set; } = [];

    long? IAudited.AuditCustomerId => Id;
}
