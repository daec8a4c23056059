using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Email;

/// <summary>Emails sent for a customer or a document, newest first, without their attachments.</summary>
public sealed class EmailQueries(AppDbContext db)
{
    public async Task<List<EmailDto>> ListAsync(long? customerId, long? documentId, int take, CancellationToken ct)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (customerId is { } c)
        {
            query = query.Where(m => m.CustomerId == c);
        }

        if (documentId is { } d)
        {
            query = query.Where(m => m.DocumentId == d);
        }

        return await Project(query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(take)).ToListAsync(ct);
    }

    public Task<EmailDto?> GetAsync(long id, CancellationToken ct) => Project(db.OutboxMessages.AsNoTracking().Where(m => m.Id == id)).FirstOrDefaultAsync(ct);

    // Everything but the bodies and the attachment bytes.
    private static IQueryable<EmailDto> Project(IQueryable<OutboxMessage> query) =>
        query.Select(m => new EmailDto(
            m.Id, m.Kind, m.CustomerId, m.DocumentId, m.To, m.Cc, m.Bcc, m.Subject, m.AttachmentName,
            EmailStatuses.Of(m.SentAt, m.Attempts, m.LastError != null), m.Attempts,
            DateTime.SpecifyKind(m.CreatedAt, DateTimeKind.Utc), m.SentAt == null ? null : DateTime.SpecifyKind(m.SentAt.Value, DateTimeKind.Utc)));
}
