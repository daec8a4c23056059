using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Email;

public static class Outbox
{
    /// <summary>Adds a message to the caller's unit of work: it is stored, and later sent, only if the business change commits.</summary>
    public static OutboxMessage Enqueue(AppDbContext db, OutboxMessage message)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        message.CreatedAt = now;
        message.AvailableAt = now;
        db.OutboxMessages.Add(message);
        return message;
    }
}
