using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>The workspace page of a timeline line's subject.</summary>
public static class ActivityLinks
{
    public static string? For(long customerId, string? subjectType, long? subjectId, DocumentKind? documentKind) => (subjectType, subjectId) switch
    {
        (_, null) => null,
        ("SalesDocument", { } id) when documentKind is { } kind => DocumentPaths.PageUrl(kind, id),
        ("Payment", { } id) => $"/payments/{id}",
        ("Refund", _) => $"/refunds?customerId={customerId}",
        ("Contact", { } id) => $"/customers/{customerId}/contacts/{id}",
        ("PortalUser", _) => $"/customers/{customerId}#portal",
        ("TaskItem", { } id) => $"/customers/{customerId}?tab=tasks#task-{id}",
        ("Project", { } id) => $"/projects/{id}",
        ("Comment", { } id) => $"/customers/{customerId}?tab=comments#comment-{id}",
        ("CustomerFile", { } id) => $"/customers/{customerId}/files/{id}",
        _ => null,
    };
}
