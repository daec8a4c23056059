using System.Security.Claims;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Idempotency;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Activity;

public static class TaskEndpoints
{
    public static void MapTaskEndpoints(this IEndpointRouteBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/", List).WithName("ListTasks")
            .WithDescription("Filter by `customerId`, `assigneeId` (or `assignee=me`), `status` (open|done|all), `overdue=true`, `documentId`, `projectId`; `search` over the customer; sort by dueDate, title, customer, assignee, status or createdAt.");
        tasks.MapPost("/", async Task<Results<Created<TaskDto>, ProblemHttpResult>> (TaskInput input, TaskService service, TaskQueries queries, CancellationToken ct) =>
            {
                var outcome = await service.CreateAsync(input, ct);
                return outcome.IsOk
                    ? TypedResults.Created($"/api/v1/tasks/{outcome.Value!.Id}", (await queries.GetAsync(outcome.Value.Id, ct))!)
                    : OutcomeResults.Problem(outcome);
            })
            .WithName("CreateTask").WithDescription("`customerId`, `title`, `assigneeId` required; `dueDate` YYYY-MM-DD; optional `documentId`, `projectId` of the same customer. Honours Idempotency-Key.")
            .RequireAuthorization(Policies.CanEdit).AddEndpointFilter<IdempotencyFilter>();
        tasks.MapGet("/{id:long}", async Task<Results<Ok<TaskDto>, NotFound>> (long id, TaskQueries queries, HttpResponse response, CancellationToken ct) =>
            {
                var task = await queries.GetAsync(id, ct);
                if (task is null)
                {
                    return TypedResults.NotFound();
                }

                ETags.Set(response, task.Version);
                return TypedResults.Ok(task);
            })
            .WithName("GetTask");
        tasks.MapPut("/{id:long}", async (long id, TaskInput input, TaskService service, TaskQueries queries, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                await Answer(await service.UpdateAsync(id, input, ETags.ExpectedVersion(request), ct), queries, response, ct))
            .WithName("UpdateTask").WithDescription("Replaces the task (status included). Honours If-Match.").RequireAuthorization(Policies.CanEdit);
        tasks.MapPost("/{id:long}/done", async (long id, TaskService service, TaskQueries queries, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                await Answer(await service.SetStatusAsync(id, TaskItemStatus.Done, ETags.ExpectedVersion(request), ct), queries, response, ct))
            .WithName("CompleteTask").RequireAuthorization(Policies.CanEdit);
        tasks.MapPost("/{id:long}/reopen", async (long id, TaskService service, TaskQueries queries, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                await Answer(await service.SetStatusAsync(id, TaskItemStatus.Open, ETags.ExpectedVersion(request), ct), queries, response, ct))
            .WithName("ReopenTask").RequireAuthorization(Policies.CanEdit);
    }

    private static async Task<Results<Ok<Paged<TaskDto>>, ValidationProblem>> List(
        TaskQueries queries, ClaimsPrincipal user, CancellationToken ct, string? search, string? sort, int? page, int? pageSize,
        long? customerId, long? assigneeId, string? assignee, string? status, bool? overdue, long? documentId, long? projectId)
    {
        var errors = new ValidationErrors();
        if (assignee == "me")
        {
            assigneeId = user.StaffUserId() ?? -1;
        }
        else if (!string.IsNullOrEmpty(assignee))
        {
            errors.Add("assignee", "Use assignee=me, or assigneeId for someone else.");
        }

        var filter = TaskListFilter.Parse(search, sort, page, pageSize, customerId, assigneeId, status, overdue, documentId, projectId, errors);
        return errors.IsEmpty ? TypedResults.Ok(await queries.ListAsync(filter, ct)) : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<TaskDto>, ProblemHttpResult>> Answer(Outcome<TaskItem> outcome, TaskQueries queries, HttpResponse response, CancellationToken ct)
    {
        if (!outcome.IsOk)
        {
            return OutcomeResults.Problem(outcome);
        }

        var task = (await queries.GetAsync(outcome.Value!.Id, ct))!;
        ETags.Set(response, task.Version);
        return TypedResults.Ok(task);
    }
}
