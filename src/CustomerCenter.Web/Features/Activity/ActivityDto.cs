namespace CustomerCenter.Web.Features.Activity;

/// <summary>
/// One timeline line as the page and the API show it. <c>Link</c>: where the record lives in the
/// workspace, when it has a page; <c>EmailStatus</c> (emails only): queued, sent, retrying or failed.
/// </summary>
public sealed record ActivityDto(
    long Id,
    DateTime At,
    ActivityKind Kind,
    string Actor,
    string Summary,
    string? Detail,
    string? SubjectType,
    long? SubjectId,
    string? Link,
    string? EmailStatus);
