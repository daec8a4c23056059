using CustomerCenter.Web.Features.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// <c>/api/v1/reports/…</c>: each report as JSON (a page and the per-currency totals), or every row as CSV
/// (<c>format=csv</c> or <c>Accept: text/csv</c>) or .xlsx (<c>format=xlsx</c>). The pages link to the same URLs.
/// </summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/aging", Aging).WithName("AgingReport").WithExports()
            .WithDescription("Receivables aging per customer and currency as of `asOf` (default today), from the ledger. `buckets` day limits (default 30,60,90), `basis` due|invoice, `by` bucket|month, `currency`, `customerId`; `sort` customer|number|currency|total|col0…colN.");
        reports.MapGet("/customer-balances", Balances).WithName("CustomerBalanceReport").WithExports()
            .WithDescription("Balance, overdue and unapplied credit per customer and currency as of `asOf` (default today). `withBalance` (default true) lists only customers with something open; `currency`, `customerId`; `sort` customer|number|currency|balance|overdue|credit|openItems|oldestDue.");
        reports.MapGet("/open-invoices", OpenInvoices).WithName("OpenInvoiceReport").WithExports()
            .WithDescription("Open items as of `asOf` (default today) with days overdue. `customerId`, `currency`, `dueFrom`/`dueTo` (aging date, inclusive), `overdue=true`, `show` debits|credits|all, `basis` due|invoice; `sort` due|date|number|customer|amount|open.");
    }

    private static RouteHandlerBuilder WithExports(this RouteHandlerBuilder route) => route
        .Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .Produces(StatusCodes.Status200OK, contentType: ReportXlsx.ContentType);

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static async Task<Results<Ok<AgingDto>, FileContentHttpResult, ValidationProblem>> Aging(
        HttpRequest request, AgingQuery query, TimeProvider clock, CancellationToken ct,
        string? asOf = null, string? buckets = null, string? basis = null, string? by = null, string? currency = null, long? customerId = null,
        string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = AgingFilter.Parse(asOf, buckets, basis, by, currency, customerId, sort, page, pageSize, Today(clock), errors);
        var wanted = ReportFormats.From(request, format, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (wanted != ReportFormat.Json)
        {
            var rows = await query.AllRowsAsync(filter, ct);
            return await ReportExport.FileAsync(wanted, AgingDto.FileName(filter), filter.AsOf, AgingDto.ExportColumns(filter.Columns), rows);
        }

        return TypedResults.Ok(AgingDto.Of(await query.RunAsync(filter, ct)));
    }

    private static async Task<Results<Ok<BalanceReportDto>, FileContentHttpResult, ValidationProblem>> Balances(
        HttpRequest request, BalanceQuery query, TimeProvider clock, CancellationToken ct,
        string? asOf = null, string? currency = null, string? withBalance = null, long? customerId = null,
        string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = BalanceFilter.Parse(asOf, currency, withBalance, customerId, sort, page, pageSize, Today(clock), errors);
        var wanted = ReportFormats.From(request, format, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (wanted != ReportFormat.Json)
        {
            return await ReportExport.FileAsync(wanted, "customer-balances", filter.AsOf, BalanceReportDto.ExportColumns, await query.AllRowsAsync(filter, ct));
        }

        return TypedResults.Ok(BalanceReportDto.Of(await query.RunAsync(filter, ct)));
    }

    private static async Task<Results<Ok<OpenItemReportDto>, FileContentHttpResult, ValidationProblem>> OpenInvoices(
        HttpRequest request, OpenItemQuery query, TimeProvider clock, CancellationToken ct,
        string? asOf = null, string? basis = null, long? customerId = null, string? currency = null, string? dueFrom = null, string? dueTo = null,
        string? overdue = null, string? show = null, string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = OpenItemFilter.Parse(asOf, basis, customerId, currency, dueFrom, dueTo, overdue, show, sort, page, pageSize, Today(clock), errors);
        var wanted = ReportFormats.From(request, format, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (wanted != ReportFormat.Json)
        {
            return await ReportExport.FileAsync(wanted, "open-invoices", filter.AsOf, OpenItemReportDto.ExportColumns, await query.AllRowsAsync(filter, ct));
        }

        return TypedResults.Ok(OpenItemReportDto.Of(await query.RunAsync(filter, ct)));
    }
}
