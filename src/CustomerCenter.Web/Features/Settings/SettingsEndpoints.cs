using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Settings;

public static class SettingsEndpoints
{
    public sealed record NumberFormatInput(string? Format);

    public static void MapSettingsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/settings").WithTags("Settings");
        group.MapGet("/company", async (AppDbContext db, CancellationToken ct) => TypedResults.Ok(CompanySettingsInput.From(await CompanyProfile.LoadAsync(db, ct))))
            .WithName("GetCompanySettings");
        group.MapPut("/company", async Task<Results<Ok<CompanySettingsInput>, ProblemHttpResult>> (CompanySettingsInput input, SettingsService settings, CancellationToken ct) =>
            {
                var outcome = await settings.SaveCompanyAsync(input, ct);
                return outcome.IsOk ? TypedResults.Ok(CompanySettingsInput.From(outcome.Value!)) : OutcomeResults.Problem(outcome);
            })
            .WithName("UpdateCompanySettings").RequireAuthorization(Policies.Admin);
        group.MapGet("/number-formats", async (SettingsService settings, CancellationToken ct) => TypedResults.Ok(await settings.NumberFormatsAsync(ct)))
            .WithName("ListNumberFormats");
        group.MapPut("/number-formats/{key}", async Task<Results<Ok<NumberFormatDto>, ProblemHttpResult>> (string key, NumberFormatInput input, SettingsService settings, CancellationToken ct) =>
            {
                var outcome = await settings.SetNumberFormatAsync(key, input.Format, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : OutcomeResults.Problem(outcome);
            })
            .WithName("UpdateNumberFormat").WithDescription("Placeholders: {yyyy}, {yy}, {MM} and one counter such as {0000}.").RequireAuthorization(Policies.Admin);
    }
}
