namespace CustomerCenter.Web.Features.Activity;

/// <summary>A comment, with the handles of the staff users it mentions.</summary>
public sealed record CommentDto(long Id, long CustomerId, string CustomerName, string Text, long? AuthorId, string AuthorName, DateTime CreatedAt, IReadOnlyList<string> Mentions);
