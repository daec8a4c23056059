namespace CustomerCenter.Web.Features.Email;

/// <summary>An email as the API shows it, without body or attachment; <c>Status</c> is queued, sent, retrying or failed.</summary>
public sealed record EmailDto(
    long Id, string Kind, long? CustomerId, long? DocumentId, string To, string? Cc, string? Bcc, string Subject, string? AttachmentName,
    string Status, int Attempts, DateTime CreatedAt, DateTime? SentAt)
{
    public static EmailDto From(OutboxMessage m) => new(
        m.Id, m.Kind, m.CustomerId, m.DocumentId, m.To, m.Cc, m.Bcc, m.Subject, m.AttachmentName,
        EmailStatuses.Of(m.SentAt, m.Attempts, m.LastError is not null), m.Attempts,
        DateTime.SpecifyKind(m.CreatedAt, DateTimeKind.Utc), m.SentAt is { } s ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : null);
}
