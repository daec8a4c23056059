using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>Admin-defined customer fields. The key and type are fixed once created, so stored values stay valid.</summary>
public static class CustomFieldEndpoints
{
    public static void MapCustomFieldEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/custom-fields").WithTags("Custom fields");
        group.MapGet("/", List).WithName("ListCustomFields");
        group.MapPost("/", Create).WithName("CreateCustomField").RequireAuthorization(Policies.Admin);
        group.MapPut("/{id:long}", Update).WithName("UpdateCustomField").RequireAuthorization(Policies.Admin);
        group.MapDelete("/{id:long}", Delete).WithName("DeleteCustomField").RequireAuthorization(Policies.Admin);
    }

    private static async Task<Ok<List<CustomFieldDto>>> List(CustomerQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.FieldsAsync(ct)).Select(CustomFieldDto.From).ToList());

    private static async Task<Results<Created<CustomFieldDto>, ProblemHttpResult>> Create(CustomFieldInput input, CustomFieldService service, CancellationToken ct)
    {
        var outcome = await service.CreateAsync(input, ct);
        return outcome.IsOk
            ? TypedResults.Created($"/api/v1/custom-fields/{outcome.Value!.Id}", CustomFieldDto.From(outcome.Value))
            : OutcomeResults.Problem(outcome);
    }

    private static async Task<Results<Ok<CustomFieldDto>, ProblemHttpResult>> Update(long id, CustomFieldInput input, CustomFieldService service, CancellationToken ct)
    {
        var outcome = await service.UpdateAsync(id, input, ct);
        return outcome.IsOk ? TypedResults.Ok(CustomFieldDto.From(outcome.Value!)) : OutcomeResults.Problem(outcome);
    }

    private static async Task<Results<NoContent, NotFound>> Delete(long id, AppDbContext db, CancellationToken ct)
    {
        var field = await db.CustomFieldDefinitions.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (field is null)
        {
            return TypedResults.NotFound();
        }

        db.CustomFieldDefinitions.Remove(field);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
