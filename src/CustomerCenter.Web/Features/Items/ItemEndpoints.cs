using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Items;

public static class ItemEndpoints
{
    public static void MapItemEndpoints(this IEndpointRouteBuilder api)
    {
        var items = api.MapGroup("/items").WithTags("Items");
        items.MapGet("/", List).WithName("ListItems").WithDescription("Search by SKU or name prefix; sort by name, sku or unitPrice.");
        items.MapPost("/", Create).WithName("CreateItem").RequireAuthorization(Policies.CanEdit);
        items.MapGet("/{id:long}", Get).WithName("GetItem");
        items.MapPut("/{id:long}", Update).WithName("UpdateItem").RequireAuthorization(Policies.CanEdit);

        var rates = api.MapGroup("/tax-rates").WithTags("Tax rates");
        rates.MapGet("/", async (AppDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.TaxRates.AsNoTracking().OrderBy(r => r.Percent).Select(r => TaxRateDto.From(r)).ToListAsync(ct)))
            .WithName("ListTaxRates");
        rates.MapPost("/", CreateRate).WithName("CreateTaxRate").RequireAuthorization(Policies.Admin);
        rates.MapPut("/{id:long}", UpdateRate).WithName("UpdateTaxRate").RequireAuthorization(Policies.Admin);
    }

    private static async Task<Results<Ok<Paged<ItemDto>>, ValidationProblem>> List(
        ItemService service, CancellationToken ct, string? search = null, string? sort = null, int? page = null, int? pageSize = null, bool? active = null)
    {
        var errors = new ValidationErrors();
        var list = ListQuery.Parse(search, sort, page, pageSize, ItemService.Sortable, "name", errors);
        return errors.IsEmpty ? TypedResults.Ok(await service.ListAsync(list, active, ct)) : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<ItemDto>, NotFound>> Get(long id, AppDbContext db, HttpResponse response, CancellationToken ct)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, item.Version);
        return TypedResults.Ok(ItemDto.From(item));
    }

    private static async Task<Results<Created<ItemDto>, ProblemHttpResult>> Create(ItemInput input, ItemService service, CancellationToken ct)
    {
        var outcome = await service.CreateAsync(input, ct);
        return outcome.IsOk ? TypedResults.Created($"/api/v1/items/{outcome.Value!.Id}", ItemDto.From(outcome.Value)) : OutcomeResults.Problem(outcome);
    }

    private static async Task<Results<Ok<ItemDto>, ProblemHttpResult>> Update(long id, ItemInput input, ItemService service, HttpRequest request, CancellationToken ct)
    {
        var outcome = await service.UpdateAsync(id, input, ETags.ExpectedVersion(request), ct);
        return outcome.IsOk ? TypedResults.Ok(ItemDto.From(outcome.Value!)) : OutcomeResults.Problem(outcome);
    }

    private static async Task<Results<Created<TaxRateDto>, ValidationProblem>> CreateRate(TaxRateInput input, AppDbContext db, CancellationToken ct)
    {
        var errors = await ValidateRateAsync(input, null, db, ct);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var rate = new TaxRate { Name = input.Name!.Trim(), Percent = input.Percent!.Value, IsActive = input.IsActive ?? true };
        db.TaxRates.Add(rate);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/tax-rates/{rate.Id}", TaxRateDto.From(rate));
    }

    private static async Task<Results<Ok<TaxRateDto>, NotFound, ValidationProblem>> UpdateRate(long id, TaxRateInput input, AppDbContext db, CancellationToken ct)
    {
        var rate = await db.TaxRates.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rate is null)
        {
            return TypedResults.NotFound();
        }

        var errors = await ValidateRateAsync(input, id, db, ct);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // The percent of a rate is part of posted documents' history: changing it means a new rate.
        if (input.Percent != rate.Percent)
        {
            errors.Add("percent", "The percent of a rate can't change; add a new rate and deactivate this one.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        rate.Name = input.Name!.Trim();
        rate.IsActive = input.IsActive ?? true;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TaxRateDto.From(rate));
    }

    private static async Task<ValidationErrors> ValidateRateAsync(TaxRateInput input, long? id, AppDbContext db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        TextRules.CheckRequired(errors, "name", input.Name, "The name");
        TextRules.CheckText(errors, "name", input.Name, 100, label: "The name");
        if (input.Percent is not { } percent || percent < 0 || percent > 100 || decimal.Round(percent, 3) != percent)
        {
            errors.Add("percent", "The rate is a percent between 0 and 100 with at most 3 decimals.");
        }
        else if (id is null && await db.TaxRates.AnyAsync(r => r.Percent == percent && r.IsActive, ct))
        {
            errors.Add("percent", "An active rate with this percent already exists.");
        }

        return errors;
    }
}
