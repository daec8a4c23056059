using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>The communication log: calls, meetings and notes, each a line in the customer's timeline at the time it happened.</summary>
public sealed class CommunicationService(AppDbContext db)
{
    public async Task<Outcome<Communication>> LogAsync(long customerId, CommunicationInput input, CancellationToken ct)
    {
        if (await CustomerGuard.CheckAsync<Communication>(db, customerId, ct) is { } refused)
        {
            return refused;
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        var errors = input.Validate(now, out var occurredAt);
        string? contactName = null;
        if (input.ContactId is { } contactId)
        {
            contactName = await db.Contacts.Where(c => c.Id == contactId && c.CustomerId == customerId && c.TrashedAt == null)
                .Select(c => c.Name).FirstOrDefaultAsync(ct);
            if (contactName is null)
            {
                errors.Add("contactId", "Choose one of this customer's contacts.");
            }
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Communication>.Invalid(errors);
        }

        var communication = new Communication
        {
            CustomerId = customerId,
            Kind = input.Kind!.Value,
            OccurredAt = occurredAt,
            ContactId = input.ContactId,
            ContactName = contactName,
            Subject = input.Subject!.Trim(),
            Text = TextRules.Clean(input.Text),
            CreatedBy = db.Actor.Name,
        };
        db.Communications.Add(communication);
        db.RecordActivity(() => new ActivityEntry
        {
            CustomerId = customerId,
            At = communication.OccurredAt,
            Kind = communication.Kind switch
            {
                CommunicationKind.Call => ActivityKind.Call,
                CommunicationKind.Meeting => ActivityKind.Meeting,
                _ => ActivityKind.Note,
            },
            Actor = db.Actor.Name,
            Summary = ActivityText.Truncate(Headline(communication), ActivityLimits.Summary)!,
            Detail = ActivityText.Truncate(communication.Text, ActivityLimits.Detail),
            SubjectType = nameof(Communication),
            SubjectId = communication.Id,
        });
        await db.SaveChangesAsync(ct);
        return Outcome<Communication>.Ok(communication);
    }

    public async Task<Paged<CommunicationDto>> ListAsync(long customerId, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Communications.AsNoTracking().Where(c => c.CustomerId == customerId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<CommunicationDto>([.. rows.Select(CommunicationDto.From)], page, pageSize, total);
    }

    private static string Headline(Communication c)
    {
        var with = c.ContactName is null ? "" : $" with {c.ContactName}";
        return c.Kind switch
        {
            CommunicationKind.Call => $"Call{with}: {c.Subject}",
            CommunicationKind.Meeting => $"Meeting{with}: {c.Subject}",
            _ => $"Note{(c.ContactName is null ? "" : $" about {c.ContactName}")}: {c.Subject}",
        };
    }
}
