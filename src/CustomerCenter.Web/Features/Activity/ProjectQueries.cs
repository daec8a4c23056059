using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Activity;

public sealed class ProjectQueries(AppDbContext db)
{
    public async Task<Paged<ProjectDto>> ListAsync(long? customerId, ProjectStatus? status, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Projects.AsNoTracking();
        if (customerId is { } id)
        {
            query = query.Where(p => p.CustomerId == id);
        }

        if (status is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        var total = await query.CountAsync(ct);
        var items = await Project(query.OrderBy(p => p.Status).ThenByDescending(p => p.StartDate).ThenByDescending(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new Paged<ProjectDto>(items, page, pageSize, total);
    }

    public Task<ProjectDto?> GetAsync(long id, CancellationToken ct) => Project(db.Projects.AsNoTracking().Where(p => p.Id == id)).FirstOrDefaultAsync(ct);

    public async Task<List<ProjectDocumentDto>> DocumentsAsync(long projectId, CancellationToken ct)
    {
        var rows = await (from l in db.ProjectDocuments.AsNoTracking()
                          where l.ProjectId == projectId
                          join d in db.SalesDocuments on l.DocumentId equals d.Id
                          orderby d.Date descending, d.Id descending
                          select new { d.Id, d.Kind, d.Number, d.Status, d.Date, d.TotalMinor, d.Currency }).ToListAsync(ct);
        return [.. rows.Select(r => new ProjectDocumentDto(r.Id, r.Kind, r.Number, r.Status, r.Date, new Money(r.TotalMinor, r.Currency).ToDecimal(), r.Currency))];
    }

    private IQueryable<ProjectDto> Project(IQueryable<Project> query) =>
        query.Select(p => new ProjectDto(
            p.Id,
            p.CustomerId,
            db.Customers.Where(c => c.Id == p.CustomerId).Select(c => c.Name).First(),
            p.Name,
            p.Description,
            p.Status,
            p.StartDate,
            p.EndDate,
            db.ProjectDocuments.Count(l => l.ProjectId == p.Id),
            db.Tasks.Count(t => t.ProjectId == p.Id && t.Status == TaskItemStatus.Open),
            DateTime.SpecifyKind(p.CreatedAt, DateTimeKind.Utc),
            p.Version));
}
