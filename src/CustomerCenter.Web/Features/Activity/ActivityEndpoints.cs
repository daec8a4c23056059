using System.Security.Claims;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Idempotency;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>A customer's timeline, communication log and comments.</summary>
public static class ActivityEndpoints
{
    public static void MapActivityEndpoints(this IEndpointRouteBuilder api)
    {
        var customers = api.MapGroup("/customers/{customerId:long}").WithTags("Activity");
        customers.MapGet("/activity", Timeline).WithName("CustomerActivity")
            .WithDescription("The customer's timeline, newest first: documents, payments, emails, calls, meetings, notes, comments, tasks, projects, files and other changes. `kind` (one or several, comma-separated), `from`/`to` (YYYY-MM-DD), `page`, `pageSize`.");
        customers.MapGet("/communications", async Task<Results<Ok<Paged<CommunicationDto>>, NotFound>> (
                long customerId, CustomerReader customers, CommunicationService log, CancellationToken ct, int? page, int? pageSize) =>
                await customers.ExistsAsync(customerId, ct)
                    ? TypedResults.Ok(await log.ListAsync(customerId, Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 50, 1, ListQuery.MaxPageSize), ct))
                    : TypedResults.NotFound())
            .WithName("ListCommunications");
        customers.MapPost("/communications", async Task<Results<Created<CommunicationDto>, ProblemHttpResult>> (
                long customerId, CommunicationInput input, CommunicationService log, CancellationToken ct) =>
            {
                var outcome = await log.LogAsync(customerId, input, ct);
                return outcome.IsOk
                    ? TypedResults.Created($"/api/v1/customers/{customerId}/communications", CommunicationDto.From(outcome.Value!))
                    : OutcomeResults.Problem(outcome);
            })
            .WithName("LogCommunication").WithDescription("Logs a call, meeting or note: `kind`, `occurredAt` (UTC, default now), `contactId`, `subject`, `text`. Honours Idempotency-Key.")
            .RequireAuthorization(Policies.CanEdit).AddEndpointFilter<IdempotencyFilter>();
        customers.MapGet("/comments", async Task<Results<Ok<Paged<CommentDto>>, NotFound>> (
                long customerId, CustomerReader customers, CommentService comments, CancellationToken ct, int? page, int? pageSize) =>
                await customers.ExistsAsync(customerId, ct)
                    ? TypedResults.Ok(await comments.ListAsync(customerId, Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 50, 1, ListQuery.MaxPageSize), ct))
                    : TypedResults.NotFound())
            .WithName("ListComments");
        customers.MapPost("/comments", async Task<Results<Created<CommentDto>, ProblemHttpResult>> (
                long customerId, CommentInput input, CommentService comments, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var outcome = await comments.AddAsync(customerId, input, user.StaffUserId(), StaffNames.DisplayName(user), ct);
                if (!outcome.IsOk)
                {
                    return OutcomeResults.Problem(outcome);
                }

                return TypedResults.Created($"/api/v1/customers/{customerId}/comments", (await comments.GetAsync(outcome.Value!.Id, ct))!);
            })
            .WithName("AddComment").WithDescription("Comments on the customer; `@handle` (a colleague's email before the @) mentions them. A trashed customer answers 409. Honours Idempotency-Key.")
            .RequireAuthorization(Policies.CanEdit).AddEndpointFilter<IdempotencyFilter>();
    }

    private static async Task<Results<Ok<Paged<ActivityDto>>, NotFound, ValidationProblem>> Timeline(
        long customerId, CustomerReader customers, ActivityQueries activity, CancellationToken ct,
        string? kind, string? from, string? to, int? page, int? pageSize)
    {
        var errors = new ValidationErrors();
        var filter = TimelineFilter.Parse(kind, from, to, page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!await customers.ExistsAsync(customerId, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await activity.TimelineAsync(customerId, filter, ct));
    }
}
