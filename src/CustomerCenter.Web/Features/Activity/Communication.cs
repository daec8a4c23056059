using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>A call, meeting or note logged by staff against a customer, optionally with one of its contacts.</summary>
public sealed class Communication : IAudited
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public CommunicationKind Kind { get; set; }

    /// <summary>When the call or meeting took place (UTC), not when it was logged.</summary>
    public DateTime OccurredAt { get; set; }

    public long? ContactId { get; set; }

    /// <summary>The contact's name when logged, so the log reads the same after a rename.</summary>
    public string? ContactName { get; set; }

    public required string Subject { get; set; }

    public string? Text { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    long? IAudited.AuditCustomerId => CustomerId;
}
