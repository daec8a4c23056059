namespace CustomerCenter.Web.Features.Activity;

public sealed class ProjectInput
{
    public long? CustomerId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public ProjectStatus? Status { get; set; }

    /// <summary>YYYY-MM-DD.</summary>
    public string? StartDate { get; set; }

    /// <summary>YYYY-MM-DD, not before the start.</summary>
    public string? EndDate { get; set; }
}
