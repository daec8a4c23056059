using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

public static class ClientCenterEndpoints
{
    public static void MapClientCenterEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/client-centers").WithTags("Client Centers");
        group.MapGet("/", async (AppDbContext db, CancellationToken ct) =>
            {
                var centers = await db.ClientCenters.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
                var counts = await db.Customers.Where(c => c.ClientCenterId != null && c.TrashedAt == null).GroupBy(c => c.ClientCenterId!.Value)
                    .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
                return TypedResults.Ok(centers.Select(c => ClientCenterDto.From(c, counts.GetValueOrDefault(c.Id))).ToList());
            })
            .WithName("ListClientCenters");
        group.MapGet("/settings-schema", () => TypedResults.Json(SettingsSchema.Build(), contentType: "application/schema+json"))
            .WithName("ClientCenterSettingsSchema").WithDescription("The JSON Schema of the settings document.").AllowAnonymous();
        group.MapPost("/", async Task<Results<Created<ClientCenterDto>, ProblemHttpResult>> (ClientCenterInput input, ClientCenterService service, CancellationToken ct) =>
            {
                var outcome = await service.CreateAsync(input, ct);
                return outcome.IsOk
                    ? TypedResults.Created($"/api/v1/client-centers/{outcome.Value!.Id}", ClientCenterDto.From(outcome.Value, 0))
                    : OutcomeResults.Problem(outcome);
            })
            .WithName("CreateClientCenter").RequireAuthorization(Policies.Admin);
        group.MapGet("/{id:long}", async Task<Results<Ok<ClientCenterDto>, NotFound>> (long id, AppDbContext db, ClientCenterService service, HttpResponse response, CancellationToken ct) =>
            {
                var center = await db.ClientCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
                if (center is null)
                {
                    return TypedResults.NotFound();
                }

                ETags.Set(response, center.Version);
                return TypedResults.Ok(ClientCenterDto.From(center, await service.CustomerCountAsync(id, ct)));
            })
            .WithName("GetClientCenter");
        group.MapPut("/{id:long}", async Task<Results<Ok<ClientCenterDto>, ProblemHttpResult>> (long id, ClientCenterInput input, ClientCenterService service, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var outcome = await service.UpdateAsync(id, input, ETags.ExpectedVersion(request), ct);
                if (!outcome.IsOk)
                {
                    return OutcomeResults.Problem(outcome);
                }

                ETags.Set(response, outcome.Value!.Version);
                return TypedResults.Ok(ClientCenterDto.From(outcome.Value, await service.CustomerCountAsync(id, ct)));
            })
            .WithName("UpdateClientCenter").WithDescription("An invalid settings document is refused with the path of each error; the old settings stay in force.")
            .RequireAuthorization(Policies.Admin);
        group.MapDelete("/{id:long}", async Task<Results<NoContent, ProblemHttpResult>> (long id, ClientCenterService service, CancellationToken ct) =>
            {
                var outcome = await service.DeleteAsync(id, ct);
                return outcome.IsOk ? TypedResults.NoContent() : OutcomeResults.Problem(outcome);
            })
            .WithName("DeleteClientCenter").RequireAuthorization(Policies.Admin);

        group.MapGet("/{id:long}/users", async Task<Results<Ok<List<PortalUserDto>>, NotFound>> (long id, AppDbContext db, CancellationToken ct, long? customerId) =>
            {
                if (!await db.ClientCenters.AnyAsync(c => c.Id == id, ct))
                {
                    return TypedResults.NotFound();
                }

                var users = await db.PortalUsers.AsNoTracking().Where(u => u.ClientCenterId == id && (customerId == null || u.CustomerId == customerId))
                    .OrderBy(u => u.CustomerId).ThenBy(u => u.Role).ThenBy(u => u.Name).ToListAsync(ct);
                return TypedResults.Ok(users.Select(PortalUserDto.From).ToList());
            })
            .WithName("ListPortalUsers");
        group.MapPost("/{id:long}/users", async Task<Results<Created<PortalUserDto>, ProblemHttpResult>> (long id, PortalUserInput input, PortalUserService users, HttpRequest request, CancellationToken ct) =>
            {
                var outcome = await users.InviteAsync(id, input, PortalActor.Staff, $"{request.Scheme}://{request.Host}", ct);
                return outcome.IsOk
                    ? TypedResults.Created($"/api/v1/client-centers/{id}/users/{outcome.Value!.Id}", PortalUserDto.From(outcome.Value))
                    : OutcomeResults.Problem(outcome);
            })
            .WithName("InvitePortalUser").WithDescription("Creates a login for a customer's contact and emails an invitation link (through the outbox).")
            .RequireAuthorization(Policies.CanEdit);
    }
}
