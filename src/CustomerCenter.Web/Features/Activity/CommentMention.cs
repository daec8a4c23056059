namespace CustomerCenter.Web.Features.Activity;

/// <summary>A staff user named in a comment: the comment shows on that user's start page.</summary>
public sealed class CommentMention
{
    public long Id { get; set; }

    public long CommentId { get; set; }

    public long StaffUserId { get; set; }
}
