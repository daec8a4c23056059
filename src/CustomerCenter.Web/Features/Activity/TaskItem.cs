using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>A to-do for a staff user about a customer, optionally about one of its documents or projects.</summary>
public sealed class TaskItem : IAudited, IVersioned
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateOnly? DueDate { get; set; }

    public long AssigneeId { get; set; }

    public TaskItemStatus Status { get; set; }

    public long? DocumentId { get; set; }

    public long? ProjectId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public long Version { get; set; }

    long? IAudited.AuditCustomerId => CustomerId;
}
