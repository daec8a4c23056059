using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>A sales document linked to a project (a document may belong to several projects).</summary>
public sealed class ProjectDocument : IAudited
{
    public long Id { get; set; }

    public long ProjectId { get; set; }

    public long DocumentId { get; set; }

    /// <summary>The project's customer, so the link's audit entry lands in that customer's history.</summary>
    public long CustomerId { get; set; }

    public DateTime CreatedAt { get; set; }

    long? IAudited.AuditCustomerId => CustomerId;
}
