using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Receivables;

public static class ReceivablesEndpoints
{
    public static void MapReceivablesEndpoints(this IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapGet("/{id:long}/balance", async Task<Results<Ok<List<BalanceDto>>, NotFound>> (long id, CustomerReader reader, BalanceQueries balances, CancellationToken ct) =>
                await reader.ExistsAsync(id, ct) ? TypedResults.Ok(await balances.ForCustomerAsync(id, ct)) : TypedResults.NotFound())
            .WithName("CustomerBalance").WithDescription("Per currency: balance, overdue, unapplied credit, last payment.");
        customers.MapGet("/{id:long}/statement", Statement)
            .WithName("CustomerStatement")
            .WithDescription("`from`/`to` (YYYY-MM-DD, default: this month), `currency` (default the customer's), `style` activity|openItems (PDF), `buckets` e.g. 30,60,90. `Accept: application/pdf` for the PDF.");
        customers.MapGet("/{id:long}/statement.pdf", (long id, StatementFiles files, CancellationToken ct,
                string? from, string? to, string? currency, string? style, string? buckets) => StatementPdfAsync(id, files, new(from, to, currency, style, buckets), ct))
            .WithName("CustomerStatementPdf").Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        app.MapGet("/customers/{id:long}/statement.pdf", (long id, StatementFiles files, CancellationToken ct,
                string? from, string? to, string? currency, string? style, string? buckets) => StatementPdfAsync(id, files, new(from, to, currency, style, buckets), ct))
            .RequireAuthorization(Policies.Staff).ExcludeFromDescription();
    }

    private static async Task<IResult> Statement(
        long id, HttpContext http, StatementService statements, StatementFiles files, CancellationToken ct,
        string? from = null, string? to = null, string? currency = null, string? style = null, string? buckets = null)
    {
        var query = new StatementQuery(from, to, currency, style, buckets);
        if (http.Request.Headers.Accept.ToString().Contains("application/pdf", StringComparison.OrdinalIgnoreCase))
        {
            return await StatementPdfAsync(id, files, query, ct);
        }

        var errors = new ValidationErrors();
        var (fromDate, toDate) = query.Dates(errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await statements.BuildAsync(id, currency, fromDate, toDate, buckets, ct);
        return outcome.IsOk ? TypedResults.Ok(StatementDto.Of(id, outcome.Value!)) : OutcomeResults.Problem(outcome);
    }

    private static async Task<IResult> StatementPdfAsync(long id, StatementFiles files, StatementQuery query, CancellationToken ct)
    {
        var outcome = await files.RenderAsync(id, query, ct);
        return outcome.IsOk ? TypedResults.File(outcome.Value!.Content, "application/pdf", outcome.Value.FileName) : OutcomeResults.Problem(outcome);
    }
}
