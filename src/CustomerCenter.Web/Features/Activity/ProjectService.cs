using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>Projects of a customer and the documents linked to them.</summary>
public sealed class ProjectService(AppDbContext db)
{
    public async Task<Outcome<Project>> CreateAsync(ProjectInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.CustomerId is not { } customerId)
        {
            errors.Add("customerId", "Choose the customer the project is for.");
            return Outcome<Project>.Invalid(errors);
        }

        var customer = await db.Customers.Where(c => c.Id == customerId).Select(c => new { c.TrashedAt }).FirstOrDefaultAsync(ct);
        if (customer is null)
        {
            errors.Add("customerId", "There is no such customer.");
        }
        else if (customer.TrashedAt is not null)
        {
            errors.Add("customerId", CustomerGuard.TrashedMessage);
        }

        var dates = Validate(input, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<Project>.Invalid(errors);
        }

        var project = new Project { CustomerId = customerId, Name = input.Name!.Trim() };
        Apply(project, input, dates);
        db.Projects.Add(project);
        Record(project, $"Project “{project.Name}” created ({ActivityText.Humanize(project.Status.ToString())})");
        await db.SaveChangesAsync(ct);
        return Outcome<Project>.Ok(project);
    }

    public async Task<Outcome<Project>> UpdateAsync(long id, ProjectInput input, long? expectedVersion, CancellationToken ct)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return Outcome<Project>.NotFound();
        }

        if (expectedVersion is { } v && v != project.Version)
        {
            return Outcome<Project>.Stale();
        }

        var errors = new ValidationErrors();
        if (input.CustomerId is { } other && other != project.CustomerId)
        {
            errors.Add("customerId", "A project stays with its customer.");
        }

        var dates = Validate(input, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<Project>.Invalid(errors);
        }

        var statusBefore = project.Status;
        project.Name = input.Name!.Trim();
        Apply(project, input, dates);
        Record(project, project.Status != statusBefore
            ? $"Project “{project.Name}” is now {ActivityText.Humanize(project.Status.ToString())}"
            : $"Project “{project.Name}” edited");
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<Project>.Ok(project);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Project>.Stale();
        }
    }

    public async Task<Outcome<Project>> LinkDocumentAsync(long projectId, long? documentId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return Outcome<Project>.NotFound();
        }

        var document = documentId is { } id
            ? await db.SalesDocuments.AsNoTracking().Where(d => d.Id == id && d.CustomerId == project.CustomerId)
                .Select(d => new { d.Id, d.Kind, d.Number }).FirstOrDefaultAsync(ct)
            : null;
        if (document is null)
        {
            return Outcome<Project>.Invalid("documentId", "Choose one of this customer's documents.");
        }

        if (await db.ProjectDocuments.AnyAsync(l => l.ProjectId == projectId && l.DocumentId == document.Id, ct))
        {
            return Outcome<Project>.Ok(project);
        }

        db.ProjectDocuments.Add(new ProjectDocument { ProjectId = projectId, DocumentId = document.Id, CustomerId = project.CustomerId });
        Record(project, $"{DocumentPaths.Singular(document.Kind)} {document.Number ?? "(draft)"} linked to project “{project.Name}”");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Linked at the same moment by someone else? Then the link exists, which is what was asked.
            db.ChangeTracker.Clear();
            if (!await db.ProjectDocuments.AnyAsync(l => l.ProjectId == projectId && l.DocumentId == document.Id, ct))
            {
                throw;
            }
        }

        return Outcome<Project>.Ok(project);
    }

    public async Task<Outcome<Project>> UnlinkDocumentAsync(long projectId, long documentId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct);
        var link = await db.ProjectDocuments.FirstOrDefaultAsync(l => l.ProjectId == projectId && l.DocumentId == documentId, ct);
        if (project is null || link is null)
        {
            return Outcome<Project>.NotFound();
        }

        var document = await db.SalesDocuments.AsNoTracking().Where(d => d.Id == documentId).Select(d => new { d.Kind, d.Number }).FirstAsync(ct);
        db.ProjectDocuments.Remove(link);
        Record(project, $"{DocumentPaths.Singular(document.Kind)} {document.Number ?? "(draft)"} unlinked from project “{project.Name}”");
        await db.SaveChangesAsync(ct);
        return Outcome<Project>.Ok(project);
    }

    private static (DateOnly? Start, DateOnly? End) Validate(ProjectInput input, ValidationErrors errors)
    {
        TextRules.CheckRequired(errors, "name", input.Name, "The name");
        TextRules.CheckText(errors, "name", input.Name, ActivityLimits.Subject, label: "The name");
        TextRules.CheckText(errors, "description", input.Description, ActivityLimits.Text, multiline: true, label: "The description");
        if (input.Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add("status", "Choose planned, active, onHold, completed or cancelled.");
        }

        var start = ActivityDates.ParseDate(input.StartDate, "startDate", "the start date", errors);
        var end = ActivityDates.ParseDate(input.EndDate, "endDate", "the end date", errors);
        if (start is not null && end < start)
        {
            errors.Add("endDate", "The end date can't be before the start date.");
        }

        return (start, end);
    }

    private static void Apply(Project project, ProjectInput input, (DateOnly? Start, DateOnly? End) dates)
    {
        project.Description = TextRules.Clean(input.Description);
        project.Status = input.Status ?? project.Status;
        project.StartDate = dates.Start;
        project.EndDate = dates.End;
    }

    private void Record(Project project, string summary) => db.RecordActivity(() => new ActivityEntry
    {
        CustomerId = project.CustomerId,
        Kind = ActivityKind.Project,
        Actor = db.Actor.Name,
        Summary = ActivityText.Truncate(summary, ActivityLimits.Summary)!,
        SubjectType = nameof(Project),
        SubjectId = project.Id,
    });
}
