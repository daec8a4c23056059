using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>The task list's query string: whose, which state, which customer, document or project.</summary>
public sealed record TaskListFilter(ListQuery List, long? CustomerId, long? AssigneeId, TaskItemStatus? Status, bool OverdueOnly, long? DocumentId, long? ProjectId)
{
    public static readonly string[] Sortable = ["dueDate", "title", "customer", "assignee", "status", "createdAt"];

    public static TaskListFilter Parse(
        string? search, string? sort, int? page, int? pageSize, long? customerId, long? assigneeId, string? status, bool? overdue, long? documentId, long? projectId,
        ValidationErrors errors, int defaultPageSize = 50)
    {
        var list = ListQuery.Parse(search, sort, page, pageSize, Sortable, "dueDate", errors, defaultPageSize);
        TaskItemStatus? parsed = null;
        if (!string.IsNullOrWhiteSpace(status) && status != "all")
        {
            if (Enum.TryParse<TaskItemStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s))
            {
                parsed = s;
            }
            else
            {
                errors.Add("status", "Filter by open, done or all.");
            }
        }

        return new TaskListFilter(list, customerId, assigneeId, parsed, overdue ?? false, documentId, projectId);
    }
}
