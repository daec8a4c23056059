using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Customers;

public sealed class Contact : IAudited, IVersioned, ITrashable
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>First and last name joined, unless someone typed another display name.</summary>
    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Title { get; set; }

    public bool IsPrimary { get; set; }

    public bool OptIn { get; set; }

    public ContactRecipient DefaultRecipient { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? TrashedAt { get; set; }

    public long Version { get; set; }

    long? IAudited.AuditCustomerId => CustomerId;
}
