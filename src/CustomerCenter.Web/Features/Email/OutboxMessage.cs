namespace CustomerCenter.Web.Features.Email;

/// <summary>
/// An email waiting to be sent, stored in the same transaction as the business action that causes it
/// (transactional outbox). A worker claims it, sends it, and marks it sent; a claim expires, so a
/// crashed worker's message is picked up again (at-least-once delivery).
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>What the message is about, e.g. "portal-invitation", "invoice".</summary>
    public required string Kind { get; set; }

    public required string To { get; set; }

    public string? Cc { get; set; }

    public string? Bcc { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public string? HtmlBody { get; set; }

    public string? AttachmentName { get; set; }

    public string? AttachmentContentType { get; set; }

    public byte[]? AttachmentContent { get; set; }

    public long? CustomerId { get; set; }

    public long? DocumentId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Not before this time (backoff after a failed attempt).</summary>
    public DateTime AvailableAt { get; set; }

    public int Attempts { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}
