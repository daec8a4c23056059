using CustomerCenter.Web.Features.Audit;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CustomerCenter.Web.Features.Customers;

public static class CustomerEndpoints
{
    public static void MapCustomerEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/customers").WithTags("Customers");
        group.MapGet("/", List).WithName("ListCustomers")
            .WithDescription("Search over name, email, phone, number and VAT number; sort by name, number, email, phone, city, country, currency, kind or createdAt. Answers text/csv when asked.");
        group.MapPost("/", Create).WithName("CreateCustomer").RequireAuthorization(Policies.CanEdit);
        group.MapPost("/trash", TrashMany).WithName("TrashCustomers").RequireAuthorization(Policies.CanEdit);
        group.MapGet("/{id:long}", Get).WithName("GetCustomer");
        group.MapPut("/{id:long}", Update).WithName("UpdateCustomer").RequireAuthorization(Policies.CanEdit);
        group.MapDelete("/{id:long}", Trash).WithName("TrashCustomer").RequireAuthorization(Policies.CanEdit);
        group.MapPost("/{id:long}/restore", Restore).WithName("RestoreCustomer").RequireAuthorization(Policies.CanEdit);
        group.MapGet("/{id:long}/history", History).WithName("CustomerHistory");
    }

    public sealed record TrashRequest(List<long>? Ids);

    public sealed record TrashResult(int Trashed);

    private static async Task<Results<Ok<Paged<CustomerListItem>>, FileStreamHttpResult, EmptyHttpResult, ValidationProblem>> List(
        CustomerQueries queries, HttpContext http, CancellationToken ct,
        string? search = null, string? sort = null, int? page = null, int? pageSize = null,
        string? kind = null, string? active = null, bool? trashed = null, string? currency = null)
    {
        var errors = new ValidationErrors();
        var filter = CustomerListFilter.Parse(search, sort, page, pageSize, kind, active, trashed, currency, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (Export.CsvResponse.IsWanted(http.Request))
        {
            await CustomerCsv.WriteAsync(http.Response, queries.StreamAsync(filter), ct);
            return TypedResults.Empty;
        }

        return TypedResults.Ok(await queries.ListAsync(filter, ct));
    }

    private static async Task<Results<Ok<CustomerDto>, NotFound>> Get(long id, CustomerQueries queries, CustomerReader reader, HttpResponse response, CancellationToken ct)
    {
        var dto = await reader.GetAsync(id, ct);
        if (dto is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, dto.Version);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<Created<CustomerDto>, ProblemHttpResult>> Create(
        CustomerInput input, CustomerService service, CustomerQueries queries, HttpResponse response, CancellationToken ct)
    {
        var outcome = await service.CreateAsync(input, ct);
        if (!outcome.IsOk)
        {
            return OutcomeResults.Problem(outcome);
        }

        var dto = CustomerDto.From(outcome.Value!, await queries.FieldsAsync(ct));
        ETags.Set(response, dto.Version);
        return TypedResults.Created($"/api/v1/customers/{dto.Id}", dto);
    }

    private static async Task<Results<Ok<CustomerDto>, ProblemHttpResult>> Update(
        long id, CustomerInput input, CustomerService service, CustomerQueries queries, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var expected = ETags.ExpectedVersion(request);
        var outcome = await service.UpdateAsync(id, input, expected, ct);
        if (!outcome.IsOk)
        {
            return OutcomeResults.Problem(outcome);
        }

        var dto = CustomerDto.From(outcome.Value!, await queries.FieldsAsync(ct));
        ETags.Set(response, dto.Version);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Trash(long id, CustomerService service, HttpRequest request, CancellationToken ct)
    {
        var outcome = await service.TrashAsync(id, ETags.ExpectedVersion(request), ct);
        return outcome.IsOk ? TypedResults.NoContent() : OutcomeResults.Problem(outcome);
    }

    private static async Task<Results<Ok<CustomerDto>, ProblemHttpResult>> Restore(long id, CustomerService service, CustomerQueries queries, CancellationToken ct)
    {
        var outcome = await service.RestoreAsync(id, ct);
        return outcome.IsOk
            ? TypedResults.Ok(CustomerDto.From(outcome.Value!, await queries.FieldsAsync(ct)))
            : OutcomeResults.Problem(outcome);
    }

    private static async Task<Results<Ok<TrashResult>, ProblemHttpResult>> TrashMany([FromBody] TrashRequest request, CustomerService service, CancellationToken ct)
    {
        var outcome = await service.TrashManyAsync(request.Ids, ct);
        return outcome.IsOk ? TypedResults.Ok(new TrashResult(outcome.Value)) : OutcomeResults.Problem(outcome);
    }

    private static async Task<Results<Ok<List<AuditEntryDto>>, NotFound>> History(long id, CustomerReader reader, AuditQueries audit, CancellationToken ct)
    {
        if (!await reader.ExistsAsync(id, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await audit.ForCustomerAsync(id, 200, ct));
    }
}
