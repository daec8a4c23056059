using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Audit;

public sealed class AuditQueries(AppDbContext db)
{
    public Task<List<AuditEntryDto>> ForCustomerAsync(long customerId, int take, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.CustomerId == customerId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(take)
            .Select(a => new AuditEntryDto(a.Id, DateTime.SpecifyKind(a.At, DateTimeKind.Utc), a.Actor, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToListAsync(ct);

    /// <summary>The history of one record, e.g. ("SalesDocument", 42), newest first.</summary>
    public Task<List<AuditEntryDto>> ForEntityAsync(string entityType, long entityId, int take, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(take)
            .Select(a => new AuditEntryDto(a.Id, DateTime.SpecifyKind(a.At, DateTimeKind.Utc), a.Actor, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToListAsync(ct);
}
