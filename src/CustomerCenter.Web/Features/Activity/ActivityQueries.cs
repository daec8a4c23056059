using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Email;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>A customer's timeline: one indexed range of <see cref="ActivityEntry"/> rows, newest first.</summary>
public sealed class ActivityQueries(AppDbContext db)
{
    public async Task<Paged<ActivityDto>> TimelineAsync(long customerId, TimelineFilter filter, CancellationToken ct)
    {
        var query = db.ActivityEntries.AsNoTracking().Where(a => a.CustomerId == customerId);
        if (filter.Kinds.Count == 1)
        {
            var kind = filter.Kinds[0];
            query = query.Where(a => a.Kind == kind);
        }
        else if (filter.Kinds.Count > 1)
        {
            var kinds = filter.Kinds.ToList();
            query = query.Where(a => kinds.Contains(a.Kind));
        }

        if (filter.From is { } from)
        {
            var start = ActivityDates.StartOf(from);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = ActivityDates.StartOf(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(filter.Skip).Take(filter.PageSize)
            .Select(a => new
            {
                a.Id,
                a.At,
                a.Kind,
                a.Actor,
                a.Summary,
                a.Detail,
                a.SubjectType,
                a.SubjectId,
                DocumentKind = a.SubjectType == "SalesDocument"
                    ? db.SalesDocuments.Where(d => d.Id == a.SubjectId).Select(d => (DocumentKind?)d.Kind).FirstOrDefault()
                    : null,
                SentAt = a.OutboxMessage == null ? null : a.OutboxMessage.SentAt,
                Attempts = a.OutboxMessage == null ? 0 : a.OutboxMessage.Attempts,
                Failed = a.OutboxMessage != null && a.OutboxMessage.LastError != null,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new ActivityDto(
            r.Id, DateTime.SpecifyKind(r.At, DateTimeKind.Utc), r.Kind, r.Actor, r.Summary, r.Detail, r.SubjectType, r.SubjectId,
            ActivityLinks.For(customerId, r.SubjectType, r.SubjectId, r.DocumentKind),
            r.Kind == ActivityKind.Email ? EmailStatuses.Of(r.SentAt, r.Attempts, r.Failed) : null)).ToList();
        return new Paged<ActivityDto>(items, filter.Page, filter.PageSize, total);
    }
}
