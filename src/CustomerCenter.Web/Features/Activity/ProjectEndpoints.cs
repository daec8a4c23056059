using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Idempotency;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Activity;

public static class ProjectEndpoints
{
    public static void MapProjectEndpoints(this IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("Projects");
        projects.MapGet("/", async Task<Results<Ok<Paged<ProjectDto>>, ValidationProblem>> (
                ProjectQueries queries, CancellationToken ct, long? customerId, string? status, int? page, int? pageSize) =>
            {
                ProjectStatus? parsed = null;
                if (!string.IsNullOrWhiteSpace(status))
                {
                    if (!Enum.TryParse<ProjectStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s))
                    {
                        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Filter by planned, active, onHold, completed or cancelled."] });
                    }

                    parsed = s;
                }

                return TypedResults.Ok(await queries.ListAsync(customerId, parsed, Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 50, 1, ListQuery.MaxPageSize), ct));
            })
            .WithName("ListProjects");
        projects.MapPost("/", async Task<Results<Created<ProjectDto>, ProblemHttpResult>> (ProjectInput input, ProjectService service, ProjectQueries queries, CancellationToken ct) =>
            {
                var outcome = await service.CreateAsync(input, ct);
                return outcome.IsOk
                    ? TypedResults.Created($"/api/v1/projects/{outcome.Value!.Id}", (await queries.GetAsync(outcome.Value.Id, ct))!)
                    : OutcomeResults.Problem(outcome);
            })
            .WithName("CreateProject").WithDescription("`customerId`, `name` required; `status`, `startDate`, `endDate` (YYYY-MM-DD), `description`. Honours Idempotency-Key.")
            .RequireAuthorization(Policies.CanEdit).AddEndpointFilter<IdempotencyFilter>();
        projects.MapGet("/{id:long}", async Task<Results<Ok<ProjectDto>, NotFound>> (long id, ProjectQueries queries, HttpResponse response, CancellationToken ct) =>
            {
                var project = await queries.GetAsync(id, ct);
                if (project is null)
                {
                    return TypedResults.NotFound();
                }

                ETags.Set(response, project.Version);
                return TypedResults.Ok(project);
            })
            .WithName("GetProject");
        projects.MapPut("/{id:long}", async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> (
                long id, ProjectInput input, ProjectService service, ProjectQueries queries, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var outcome = await service.UpdateAsync(id, input, ETags.ExpectedVersion(request), ct);
                if (!outcome.IsOk)
                {
                    return OutcomeResults.Problem(outcome);
                }

                var project = (await queries.GetAsync(id, ct))!;
                ETags.Set(response, project.Version);
                return TypedResults.Ok(project);
            })
            .WithName("UpdateProject").RequireAuthorization(Policies.CanEdit);
        projects.MapGet("/{id:long}/documents", async Task<Results<Ok<List<ProjectDocumentDto>>, NotFound>> (long id, ProjectQueries queries, CancellationToken ct) =>
                await queries.GetAsync(id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await queries.DocumentsAsync(id, ct)))
            .WithName("ListProjectDocuments");
        projects.MapPost("/{id:long}/documents", async Task<Results<Ok<List<ProjectDocumentDto>>, ProblemHttpResult>> (
                long id, LinkDocumentInput input, ProjectService service, ProjectQueries queries, CancellationToken ct) =>
            {
                var outcome = await service.LinkDocumentAsync(id, input.DocumentId, ct);
                return outcome.IsOk ? TypedResults.Ok(await queries.DocumentsAsync(id, ct)) : OutcomeResults.Problem(outcome);
            })
            .WithName("LinkProjectDocument").WithDescription("Links one of the customer's documents: `{ documentId }`. Linking twice is harmless.")
            .RequireAuthorization(Policies.CanEdit);
        projects.MapDelete("/{id:long}/documents/{documentId:long}", async Task<Results<NoContent, ProblemHttpResult>> (
                long id, long documentId, ProjectService service, CancellationToken ct) =>
            {
                var outcome = await service.UnlinkDocumentAsync(id, documentId, ct);
                return outcome.IsOk ? TypedResults.NoContent() : OutcomeResults.Problem(outcome);
            })
            .WithName("UnlinkProjectDocument").RequireAuthorization(Policies.CanEdit);
    }

    public sealed record LinkDocumentInput(long? DocumentId);
}
