using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Customers;

public static class ContactEndpoints
{
    public static void MapContactEndpoints(this IEndpointRouteBuilder api)
    {
        var perCustomer = api.MapGroup("/customers/{customerId:long}/contacts").WithTags("Contacts");
        perCustomer.MapGet("/", List).WithName("ListContacts");
        perCustomer.MapPost("/", Create).WithName("CreateContact").RequireAuthorization(Policies.CanEdit);

        var group = api.MapGroup("/contacts").WithTags("Contacts");
        group.MapGet("/{id:long}", Get).WithName("GetContact");
        group.MapPut("/{id:long}", Update).WithName("UpdateContact").RequireAuthorization(Policies.CanEdit);
        group.MapDelete("/{id:long}", Trash).WithName("TrashContact").RequireAuthorization(Policies.CanEdit);
        group.MapPost("/{id:long}/restore", Restore).WithName("RestoreContact").RequireAuthorization(Policies.CanEdit);
    }

    private static async Task<Results<Ok<List<ContactDto>>, NotFound>> List(
        long customerId, CustomerReader customers, ContactService contacts, CancellationToken ct, bool? trashed = null)
    {
        if (!await customers.ExistsAsync(customerId, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await contacts.ListAsync(customerId, trashed ?? false, ct));
    }

    private static async Task<Results<Created<ContactDto>, ProblemHttpResult>> Create(
        long customerId, ContactInput input, ContactService contacts, HttpResponse response, CancellationToken ct)
    {
        var outcome = await contacts.CreateAsync(customerId, input, ct);
        if (!outcome.IsOk)
        {
            return OutcomeResults.Problem(outcome);
        }

        ETags.Set(response, outcome.Value!.Version);
        return TypedResults.Created($"/api/v1/contacts/{outcome.Value.Id}", ContactDto.From(outcome.Value));
    }

    private static async Task<Results<Ok<ContactDto>, NotFound>> Get(long id, ContactService contacts, HttpResponse response, CancellationToken ct)
    {
        var contact = await contacts.GetAsync(id, ct);
        if (contact is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, contact.Version);
        return TypedResults.Ok(ContactDto.From(contact));
    }

    private static async Task<Results<Ok<ContactDto>, ProblemHttpResult>> Update(
        long id, ContactInput input, ContactService contacts, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var outcome = await contacts.UpdateAsync(id, input, ETags.ExpectedVersion(request), ct);
        if (!outcome.IsOk)
        {
            return OutcomeResults.Problem(outcome);
        }

        ETags.Set(response, outcome.Value!.Version);
        return TypedResults.Ok(ContactDto.From(outcome.Value));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Trash(long id, ContactService contacts, HttpRequest request, CancellationToken ct)
    {
        var outcome = await contacts.TrashAsync(id, ETags.ExpectedVersion(request), ct);
        return outcome.IsOk ? TypedResults.NoContent() : OutcomeResults.Problem(outcome);
    }

    private static async Task<Results<Ok<ContactDto>, ProblemHttpResult>> Restore(long id, ContactService contacts, CancellationToken ct)
    {
        var outcome = await contacts.RestoreAsync(id, ct);
        return outcome.IsOk ? TypedResults.Ok(ContactDto.From(outcome.Value!)) : OutcomeResults.Problem(outcome);
    }
}
