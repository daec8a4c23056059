using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>A team member's comment on a customer; @handles in the text become <see cref="CommentMention"/>s.</summary>
public sealed class Comment : IAudited
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public required string Text { get; set; }

    /// <summary>The staff user who wrote it; null when an API key did.</summary>
    public long? AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<CommentMention> Mentions { get; set; } = [];

    long? IAudited.AuditCustomerId => CustomerId;
}
