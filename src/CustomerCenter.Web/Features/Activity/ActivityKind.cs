namespace CustomerCenter.Web.Features.Activity;

/// <summary>What a timeline entry is about; the timeline filters by it.</summary>
public enum ActivityKind
{
    Document,
    Payment,
    Email,
    Call,
    Meeting,
    Note,
    Comment,
    Task,
    Project,
    File,

    /// <summary>Any other recorded change: the customer's own fields, contacts, portal logins.</summary>
    Change,
}
