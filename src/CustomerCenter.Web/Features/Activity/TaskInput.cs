namespace CustomerCenter.Web.Features.Activity;

/// <summary>A task to create or replace. Dates are written YYYY-MM-DD.</summary>
public sealed class TaskInput
{
    public long? CustomerId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? DueDate { get; set; }

    /// <summary>The staff user who should do it.</summary>
    public long? AssigneeId { get; set; }

    public TaskItemStatus? Status { get; set; }

    /// <summary>Optional: one of the customer's documents the task is about.</summary>
    public long? DocumentId { get; set; }

    /// <summary>Optional: one of the customer's projects the task belongs to.</summary>
    public long? ProjectId { get; set; }
}
