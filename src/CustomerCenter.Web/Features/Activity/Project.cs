using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>A piece of work for a customer that groups documents and tasks.</summary>
public sealed class Project : IAudited, IVersioned
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public ProjectStatus Status { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }

    long? IAudited.AuditCustomerId => CustomerId;
}
