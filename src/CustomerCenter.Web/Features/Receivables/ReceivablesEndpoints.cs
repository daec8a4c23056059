using System.Globalization;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Pdf;
using CustomerCenter.Web.Features.Settings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        customers.MapGet("/{id:long}/statement.pdf", (long id, HttpContext http, StatementService statements, AppDbContext db, CancellationToken ct,
                string? from, string? to, string? currency, string? style, string? buckets) => StatementPdfAsync(id, http, statements, db, ct, from, to, currency, style, buckets, true))
            .WithName("CustomerStatementPdf").Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        app.MapGet("/customers/{id:long}/statement.pdf", (long id, HttpContext http, StatementService statements, AppDbContext db, CancellationToken ct,
                string? from, string? to, string? currency, string? style, string? buckets) => StatementPdfAsync(id, http, statements, db, ct, from, to, currency, style, buckets, true))
            .RequireAuthorization(Policies.Staff).ExcludeFromDescription();
    }

    private static async Task<IResult> Statement(
        long id, HttpContext http, StatementService statements, AppDbContext db, CancellationToken ct,
        string? from = null, string? to = null, string? currency = null, string? style = null, string? buckets = null)
    {
        if (http.Request.Headers.Accept.ToString().Contains("application/pdf", StringComparison.OrdinalIgnoreCase))
        {
            return await StatementPdfAsync(id, http, statements, db, ct, from, to, currency, style, buckets, true);
        }

        var (outcome, _) = await BuildAsync(id, statements, ct, from, to, currency, buckets);
        return outcome.IsOk ? TypedResults.Ok(StatementDto.Of(id, outcome.Value!)) : OutcomeResults.Problem(outcome);
    }

    private static async Task<IResult> StatementPdfAsync(
        long id, HttpContext http, StatementService statements, AppDbContext db, CancellationToken ct,
        string? from, string? to, string? currency, string? style, string? buckets, bool attachment)
    {
        var (outcome, errors) = await BuildAsync(id, statements, ct, from, to, currency, buckets);
        var pdfStyle = style?.ToLowerInvariant() switch
        {
            null or "" or "activity" => StatementStyle.Activity,
            "openitems" => (StatementStyle?)StatementStyle.OpenItems,
            _ => null,
        };
        if (pdfStyle is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["style"] = ["Choose activity or openItems."] });
        }

        if (!outcome.IsOk)
        {
            return errors is null ? OutcomeResults.Problem(outcome) : TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == id, ct);
        var seller = CompanyProfile.ToSeller(await CompanyProfile.LoadAsync(db, ct));
        var model = StatementPdf.FromStatement(outcome.Value!, pdfStyle.Value, customer.Language, seller,
            new PdfCustomer(customer.Name, [.. customer.BillingAddress.Lines()]) { Number = customer.Number, VatNumber = customer.VatNumber });
        var bytes = StatementRenderer.Render(model);
        var name = $"statement-{customer.Number}-{outcome.Value!.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf";
        return attachment ? TypedResults.File(bytes, "application/pdf", name) : TypedResults.File(bytes, "application/pdf");
    }

    private static async Task<(Outcome<CustomerCenter.Domain.Receivables.Statement> Outcome, ValidationErrors? Errors)> BuildAsync(
        long id, StatementService statements, CancellationToken ct, string? from, string? to, string? currency, string? buckets)
    {
        var errors = new ValidationErrors();
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        if (!errors.IsEmpty)
        {
            return (Outcome<CustomerCenter.Domain.Receivables.Statement>.Invalid(errors), errors);
        }

        return (await statements.BuildAsync(id, currency, fromDate, toDate, buckets, ct), null);
    }

    private static DateOnly? ParseDate(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "Write the date as YYYY-MM-DD.");
        return null;
    }
}
