using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>Comments on customers, with @mentions of staff users recorded for their start page.</summary>
public sealed class CommentService(AppDbContext db)
{
    public async Task<Outcome<Comment>> AddAsync(long customerId, CommentInput input, long? authorId, string authorName, CancellationToken ct)
    {
        if (await CustomerGuard.CheckAsync<Comment>(db, customerId, ct) is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        TextRules.CheckRequired(errors, "text", input.Text, "The comment");
        TextRules.CheckText(errors, "text", input.Text, ActivityLimits.Text, multiline: true, label: "The comment");
        if (!errors.IsEmpty)
        {
            return Outcome<Comment>.Invalid(errors);
        }

        var text = input.Text!.Trim();
        var handles = Mentions.Find(text);
        var mentioned = handles.Count == 0 ? [] : await MentionedAsync(handles, ct);
        var comment = new Comment
        {
            CustomerId = customerId,
            Text = text,
            AuthorId = authorId,
            AuthorName = ActivityText.Truncate(authorName, ActivityLimits.Actor)!,
            Mentions = [.. mentioned.Select(m => new CommentMention { StaffUserId = m.Id })],
        };
        db.Comments.Add(comment);
        db.RecordActivity(() => new ActivityEntry
        {
            CustomerId = customerId,
            Kind = ActivityKind.Comment,
            Actor = db.Actor.Name,
            Summary = ActivityText.Truncate(
                mentioned.Count == 0 ? $"{comment.AuthorName} commented" : $"{comment.AuthorName} commented, mentioning {string.Join(", ", mentioned.Select(m => m.Name))}",
                ActivityLimits.Summary)!,
            Detail = ActivityText.Truncate(text, ActivityLimits.Detail),
            SubjectType = nameof(Comment),
            SubjectId = comment.Id,
        });
        await db.SaveChangesAsync(ct);
        return Outcome<Comment>.Ok(comment);
    }

    public async Task<Paged<CommentDto>> ListAsync(long customerId, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Comments.AsNoTracking().Where(c => c.CustomerId == customerId);
        var total = await query.CountAsync(ct);
        var items = await Project(query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize), ct);
        return new Paged<CommentDto>(items, page, pageSize, total);
    }

    public async Task<CommentDto?> GetAsync(long id, CancellationToken ct) =>
        (await Project(db.Comments.AsNoTracking().Where(c => c.Id == id), ct)).FirstOrDefault();

    /// <summary>The latest comments that mention a staff user, for their start page.</summary>
    public async Task<List<CommentDto>> MentioningAsync(long staffUserId, int take, CancellationToken ct)
    {
        var ids = db.CommentMentions.Where(m => m.StaffUserId == staffUserId).Select(m => m.CommentId);
        return await Project(db.Comments.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderByDescending(c => c.Id).Take(take), ct);
    }

    /// <summary>Every active staff user's handle, so pages highlight only real mentions.</summary>
    public async Task<IReadOnlySet<string>> KnownHandlesAsync(CancellationToken ct) =>
        (await db.StaffUsers.AsNoTracking().Where(u => u.IsActive).Select(u => u.Email).ToListAsync(ct)).Select(Mentions.HandleOf).ToHashSet();

    private async Task<List<(long Id, string Name)>> MentionedAsync(IReadOnlySet<string> handles, CancellationToken ct)
    {
        var users = await db.StaffUsers.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct);
        return [.. users.Where(u => handles.Contains(Mentions.HandleOf(u.Email))).Select(u => (u.Id, u.DisplayName))];
    }

    private async Task<List<CommentDto>> Project(IQueryable<Comment> query, CancellationToken ct)
    {
        var rows = await query
            .Select(c => new
            {
                c.Id,
                c.CustomerId,
                CustomerName = db.Customers.Where(x => x.Id == c.CustomerId).Select(x => x.Name).First(),
                c.Text,
                c.AuthorId,
                c.AuthorName,
                c.CreatedAt,
                Mentions = db.CommentMentions.Where(m => m.CommentId == c.Id)
                    .Join(db.StaffUsers, m => m.StaffUserId, u => u.Id, (m, u) => u.Email).ToList(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CommentDto(
            r.Id, r.CustomerId, r.CustomerName, r.Text, r.AuthorId, r.AuthorName, DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc),
            [.. r.Mentions.Select(Mentions.HandleOf)]))];
    }
}
