using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Activity;

public sealed class TaskQueries(AppDbContext db)
{
    private DateOnly Today => DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);

    public async Task<Paged<TaskDto>> ListAsync(TaskListFilter filter, CancellationToken ct)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(ct);
        var items = await Project(Sorted(query, filter.List).Skip(filter.List.Skip).Take(filter.List.PageSize)).ToListAsync(ct);
        return new Paged<TaskDto>(items, filter.List.Page, filter.List.PageSize, total);
    }

    public Task<TaskDto?> GetAsync(long id, CancellationToken ct) => Project(db.Tasks.AsNoTracking().Where(t => t.Id == id)).FirstOrDefaultAsync(ct);

    /// <summary>Open tasks, and how many of them are overdue: the start page's counts.</summary>
    public async Task<(int Open, int Overdue)> CountsAsync(long? assigneeId, CancellationToken ct)
    {
        var today = Today;
        var open = db.Tasks.Where(t => t.Status == TaskItemStatus.Open && (assigneeId == null || t.AssigneeId == assigneeId));
        return (await open.CountAsync(ct), await open.CountAsync(t => t.DueDate < today, ct));
    }

    private IQueryable<TaskItem> Filtered(TaskListFilter filter)
    {
        var query = db.Tasks.AsNoTracking();
        if (filter.CustomerId is { } customerId)
        {
            query = query.Where(t => t.CustomerId == customerId);
        }

        if (filter.AssigneeId is { } assigneeId)
        {
            query = query.Where(t => t.AssigneeId == assigneeId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (filter.OverdueOnly)
        {
            var today = Today;
            query = query.Where(t => t.Status == TaskItemStatus.Open && t.DueDate < today);
        }

        if (filter.DocumentId is { } documentId)
        {
            query = query.Where(t => t.DocumentId == documentId);
        }

        if (filter.ProjectId is { } projectId)
        {
            query = query.Where(t => t.ProjectId == projectId);
        }

        foreach (var word in SearchText.Words(filter.List.Search).Distinct().Take(5))
        {
            var end = SearchText.PrefixUpperBound(word);
            var customers = db.CustomerSearchTerms.Where(t => t.Term.CompareTo(word) >= 0 && t.Term.CompareTo(end) < 0).Select(t => t.CustomerId);
            query = query.Where(t => customers.Contains(t.CustomerId));
        }

        return query;
    }

    private IQueryable<TaskItem> Sorted(IQueryable<TaskItem> query, ListQuery list) => (list.Sort, list.Descending) switch
    {
        ("title", false) => query.OrderBy(t => t.Title).ThenBy(t => t.Id),
        ("title", true) => query.OrderByDescending(t => t.Title).ThenByDescending(t => t.Id),
        ("customer", false) => query.OrderBy(t => db.Customers.Where(c => c.Id == t.CustomerId).Select(c => c.NameNormalized).First()).ThenBy(t => t.DueDate).ThenBy(t => t.Id),
        ("customer", true) => query.OrderByDescending(t => db.Customers.Where(c => c.Id == t.CustomerId).Select(c => c.NameNormalized).First()).ThenBy(t => t.DueDate).ThenBy(t => t.Id),
        ("assignee", false) => query.OrderBy(t => db.StaffUsers.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).First()).ThenBy(t => t.DueDate).ThenBy(t => t.Id),
        ("assignee", true) => query.OrderByDescending(t => db.StaffUsers.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).First()).ThenBy(t => t.DueDate).ThenBy(t => t.Id),
        ("status", false) => query.OrderBy(t => t.Status).ThenBy(t => t.DueDate).ThenBy(t => t.Id),
        ("status", true) => query.OrderByDescending(t => t.Status).ThenBy(t => t.DueDate).ThenBy(t => t.Id),
        ("createdAt", false) => query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id),
        ("createdAt", true) => query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id),
        // Tasks without a due date come after dated ones, whichever the direction.
        (_, true) => query.OrderBy(t => t.DueDate == null).ThenByDescending(t => t.DueDate).ThenByDescending(t => t.Id),
        _ => query.OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenBy(t => t.Id),
    };

    private IQueryable<TaskDto> Project(IQueryable<TaskItem> query)
    {
        var today = Today;
        return query.Select(t => new TaskDto(
            t.Id,
            t.CustomerId,
            db.Customers.Where(c => c.Id == t.CustomerId).Select(c => c.Name).First(),
            t.Title,
            t.Description,
            t.DueDate,
            t.AssigneeId,
            db.StaffUsers.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).First(),
            t.Status,
            t.Status == TaskItemStatus.Open && t.DueDate < today,
            t.DocumentId,
            db.SalesDocuments.Where(d => d.Id == t.DocumentId).Select(d => (Sales.DocumentKind?)d.Kind).FirstOrDefault(),
            db.SalesDocuments.Where(d => d.Id == t.DocumentId).Select(d => d.Number).FirstOrDefault(),
            t.ProjectId,
            db.Projects.Where(p => p.Id == t.ProjectId).Select(p => p.Name).FirstOrDefault(),
            t.CreatedBy,
            DateTime.SpecifyKind(t.CreatedAt, DateTimeKind.Utc),
            t.CompletedAt == null ? null : DateTime.SpecifyKind(t.CompletedAt.Value, DateTimeKind.Utc),
            t.Version));
    }
}
