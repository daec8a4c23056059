using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>Tasks for staff about a customer: create, change, complete, reopen; each change is a timeline line.</summary>
public sealed class TaskService(AppDbContext db)
{
    public async Task<Outcome<TaskItem>> CreateAsync(TaskInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.CustomerId is not { } customerId)
        {
            errors.Add("customerId", "Choose the customer the task is about.");
            return Outcome<TaskItem>.Invalid(errors);
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

        var checkedInput = await ValidateAsync(input, customerId, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<TaskItem>.Invalid(errors);
        }

        var task = new TaskItem
        {
            CustomerId = customerId,
            Title = input.Title!.Trim(),
            CreatedBy = db.Actor.Name,
        };
        Apply(task, input, checkedInput.DueDate);
        db.Tasks.Add(task);
        var due = task.DueDate is { } d ? $", due {ActivityDates.Iso(d)}" : "";
        Record(task, $"Task “{task.Title}” for {checkedInput.AssigneeName}{due}");
        await db.SaveChangesAsync(ct);
        return Outcome<TaskItem>.Ok(task);
    }

    public async Task<Outcome<TaskItem>> UpdateAsync(long id, TaskInput input, long? expectedVersion, CancellationToken ct)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return Outcome<TaskItem>.NotFound();
        }

        if (expectedVersion is { } v && v != task.Version)
        {
            return Outcome<TaskItem>.Stale();
        }

        var errors = new ValidationErrors();
        if (input.CustomerId is { } other && other != task.CustomerId)
        {
            errors.Add("customerId", "A task stays with its customer.");
        }

        var checkedInput = await ValidateAsync(input, task.CustomerId, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<TaskItem>.Invalid(errors);
        }

        var before = (task.Status, task.AssigneeId);
        task.Title = input.Title!.Trim();
        Apply(task, input, checkedInput.DueDate);
        var summary = (before.Status, task.Status) switch
        {
            (TaskItemStatus.Open, TaskItemStatus.Done) => $"Task “{task.Title}” done",
            (TaskItemStatus.Done, TaskItemStatus.Open) => $"Task “{task.Title}” reopened",
            _ when before.AssigneeId != task.AssigneeId => $"Task “{task.Title}” assigned to {checkedInput.AssigneeName}",
            _ => $"Task “{task.Title}” edited",
        };
        Record(task, summary);
        return await SaveAsync(task, ct);
    }

    /// <summary>Marks a task done or open again, leaving everything else as it is.</summary>
    public async Task<Outcome<TaskItem>> SetStatusAsync(long id, TaskItemStatus status, long? expectedVersion, CancellationToken ct)
    {
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return Outcome<TaskItem>.NotFound();
        }

        if (task.Status == status)
        {
            return Outcome<TaskItem>.Ok(task);
        }

        return await UpdateAsync(id, new TaskInput
        {
            Title = task.Title,
            Description = task.Description,
            DueDate = ActivityDates.Iso(task.DueDate),
            AssigneeId = task.AssigneeId,
            Status = status,
            DocumentId = task.DocumentId,
            ProjectId = task.ProjectId,
        }, expectedVersion ?? task.Version, ct);
    }

    private void Apply(TaskItem task, TaskInput input, DateOnly? dueDate)
    {
        task.Description = TextRules.Clean(input.Description);
        task.DueDate = dueDate;
        task.AssigneeId = input.AssigneeId!.Value;
        task.DocumentId = input.DocumentId;
        task.ProjectId = input.ProjectId;
        var status = input.Status ?? task.Status;
        if (status != task.Status || task.Id == 0)
        {
            task.CompletedAt = status == TaskItemStatus.Done ? db.Clock.GetUtcNow().UtcDateTime : null;
        }

        task.Status = status;
    }

    private void Record(TaskItem task, string summary) => db.RecordActivity(() => new ActivityEntry
    {
        CustomerId = task.CustomerId,
        Kind = ActivityKind.Task,
        Actor = db.Actor.Name,
        Summary = ActivityText.Truncate(summary, ActivityLimits.Summary)!,
        Detail = ActivityText.Truncate(task.Description, ActivityLimits.Detail),
        SubjectType = nameof(TaskItem),
        SubjectId = task.Id,
    });

    private async Task<(DateOnly? DueDate, string AssigneeName)> ValidateAsync(TaskInput input, long customerId, ValidationErrors errors, CancellationToken ct)
    {
        TextRules.CheckRequired(errors, "title", input.Title, "The title");
        TextRules.CheckText(errors, "title", input.Title, ActivityLimits.Subject, label: "The title");
        TextRules.CheckText(errors, "description", input.Description, ActivityLimits.Text, multiline: true, label: "The description");
        var dueDate = ActivityDates.ParseDate(input.DueDate, "dueDate", "the due date", errors);
        if (input.Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add("status", "Choose open or done.");
        }

        var assigneeName = "";
        if (input.AssigneeId is not { } assigneeId)
        {
            errors.Add("assigneeId", "Choose who should do it.");
        }
        else
        {
            assigneeName = await db.StaffUsers.Where(u => u.Id == assigneeId && u.IsActive).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
            if (assigneeName.Length == 0)
            {
                errors.Add("assigneeId", "Choose an active staff user.");
            }
        }

        if (input.DocumentId is { } documentId && !await db.SalesDocuments.AnyAsync(d => d.Id == documentId && d.CustomerId == customerId, ct))
        {
            errors.Add("documentId", "Choose one of this customer's documents.");
        }

        if (input.ProjectId is { } projectId && !await db.Projects.AnyAsync(p => p.Id == projectId && p.CustomerId == customerId, ct))
        {
            errors.Add("projectId", "Choose one of this customer's projects.");
        }

        return (dueDate, assigneeName);
    }

    private async Task<Outcome<TaskItem>> SaveAsync(TaskItem task, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<TaskItem>.Ok(task);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<TaskItem>.Stale();
        }
    }
}
