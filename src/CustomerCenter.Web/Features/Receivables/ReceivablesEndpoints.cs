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
        customers.MapGet("/{id:long}/statement.pdf", (long id, StatementPdfBuilder pdfs, CancellationToken ct,
                string? from, string? to, string? currency, string? style, string? buckets) => StatementPdfAsync(id, pdfs, ct, from, to, currency, style, buckets))
            .WithName("CustomerStatementPdf").Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        app.MapGet("/customers/{id:long}/statement.pdf", (long id, StatementPdfBuilder pdfs, CancellationToken ct,
                string? from, string? to, string? currency, string? style, string? buckets) => StatementPdfAsync(id, pdfs, ct, from, to, currency, style, buckets))
            .RequireAuthorization(Policies.Staff).ExcludeFromDescription();
    }

    private static async Task<IResult> Statement(
        long id, HttpContext http, StatementService statements, StatementPdfBuilder pdfs, CancellationToken ct,
        string? from = null, string? to = null, string? currency = null, string? style = null, string? buckets = null)
    {
        if (http.Request.Headers.Accept.ToString().Contains("application/pdf", StringComparison.OrdinalIgnoreCase))
        {
            return await StatementPdfAsync(id, pdfs, ct, from, to, currency, style, buckets);
        }

        var outcome = await BuildAsync(id, statements, ct, from, to, currency, buckets);
        return outcome.IsOk ? TypedResults.Ok(StatementDto.Of(id, outcome.Value!)) : OutcomeResults.Problem(outcome);
    }

    private static async Task<IResult> StatementPdfAsync(
        long id, StatementPdfBuilder pdfs, CancellationToken ct, string? from, string? to, string? currency, string? style, string? buckets)
    {
        var outcome = await pdfs.BuildAsync(id, from, to, currency, style, buckets, ct);
        return outcome.IsOk
            ? TypedResults.File(outcome.Value!.Content, "application/pdf", outcome.Value.FileName)
            : outcome.Kind == OutcomeKind.Invalid ? TypedResults.ValidationProblem(outcome.Errors!.ToDictionary()) : OutcomeResults.Problem(outcome);
    }

    private static async Task<Outcome<CustomerCenter.Domain.Receivables.Statement>> BuildAsync(
        long id, StatementService statements, CancellationToken ct, string? from, string? to, string? currency, string? buckets)
    {
        var errors = new ValidationErrors();
        var fromDate = StatementPdfBuilder.ParseDate(from, "from", errors);
        var toDate = StatementPdfBuilder.ParseDate(to, "to", errors);
        if (!errors.IsEmpty)
        {
            return Outcome<CustomerCenter.Domain.Receivables.Statement>.Invalid(errors);
        }

        return await statements.BuildAsync(id, currency, fromDate, toDate, buckets, ct);
    }
}
