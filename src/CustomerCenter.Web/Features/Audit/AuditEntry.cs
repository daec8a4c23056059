namespace CustomerCenter.Web.Features.Audit;

/// <summary>Who changed what and when, with before/after values as JSON. Append-only.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string Actor { get; set; }

    public required string EntityType { get; set; }

    public long EntityId { get; set; }

    public long? CustomerId { get; set; }

    public required string Action { get; set; }

    /// <summary>{"Field": {"before": …, "after": …}} for the properties that changed.</summary>
    public required string Changes { get; set; }
}
