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
        reports.MapGet("/open-orders", OpenOrders).WithName("OpenOrderReport").WithExports()
            .WithDescription("Lines of confirmed orders not fully delivered or invoiced, with open quantities and the net value still to invoice. `from`/`to` (order date), `customerId`, `currency`, `search`; `sort` date|number|customer.");
        reports.MapGet("/sales-history", SalesHistory).WithName("SalesHistoryReport").WithExports()
            .WithDescription("Posted invoices and credit notes (negative) from `from` to `to` (default this year), `by` document|line; `customerId`, `itemId`, `currency`, `search`; `sort` date|number|customer|net|total.");
        reports.MapGet("/sales-by-customer", SalesByCustomer).WithName("SalesByCustomerReport").WithExports()
            .WithDescription("Net sales before tax (invoices less credit notes) per customer from `from` to `to` (default this year), ranked per currency with the share of its total; `compare=true` adds the period of the same length before. `currency`, `customerId`, `search`; `sort` customer|number|currency|net|invoiced|credited|documents|previous|change.");
        reports.MapGet("/contacts", Contacts).WithName("ContactReport").WithExports()
            .WithDescription("Customers' contacts with email, phone, primary and opt-in flags. `customerId`, `search` (customer), `primary=true`, `optIn=true`; `sort` customer|name|email.");
        reports.MapGet("/cheques", Cheques).WithName("ChequeReport").WithExports()
            .WithDescription("Cheques received, deposited, bounced or reversed per customer. `status` all|received|deposited|bounced|reversed, `from`/`to` (received), `customerId`, `currency`, `search`; `sort` date|number|customer|amount|status.");
    }

    private static RouteHandlerBuilder WithExports(this RouteHandlerBuilder route) => route
        .Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .Produces(StatusCodes.Status200OK, contentType: ReportXlsx.ContentType);

    private static async Task<Results<Ok<AgingDto>, FileContentHttpResult, ValidationProblem>> Aging(
        HttpRequest request, AgingQuery query, TimeProvider clock, CancellationToken ct,
        string? asOf = null, string? buckets = null, string? basis = null, string? by = null, string? currency = null, long? customerId = null,
        string? search = null, string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = AgingFilter.Parse(asOf, buckets, basis, by, currency, customerId, search, sort, page, pageSize, ReportParameters.Today(clock), errors);
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
        string? search = null, string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = BalanceFilter.Parse(asOf, currency, withBalance, customerId, search, sort, page, pageSize, ReportParameters.Today(clock), errors);
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
        string? overdue = null, string? show = null, string? search = null, string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = OpenItemFilter.Parse(asOf, basis, customerId, currency, dueFrom, dueTo, overdue, show, search, sort, page, pageSize, ReportParameters.Today(clock), errors);
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

    private static async Task<Results<Ok<OpenOrderDto>, FileContentHttpResult, ValidationProblem>> OpenOrders(
        HttpRequest request, OpenOrderQuery query, TimeProvider clock, CancellationToken ct,
        string? from = null, string? to = null, long? customerId = null, string? currency = null,
        string? search = null, string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = OpenOrderFilter.Parse(from, to, customerId, currency, search, sort, page, pageSize, errors);
        var wanted = ReportFormats.From(request, format, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (wanted != ReportFormat.Json)
        {
            return await ReportExport.FileAsync(wanted, "open-orders", ReportParameters.Today(clock), OpenOrderDto.ExportColumns, await query.AllRowsAsync(filter, ct));
        }

        return TypedResults.Ok(OpenOrderDto.Of(await query.RunAsync(filter, ct)));
    }

    private static async Task<Results<Ok<SalesHistoryDto>, FileContentHttpResult, ValidationProblem>> SalesHistory(
        HttpRequest request, SalesHistoryQuery query, TimeProvider clock, CancellationToken ct,
        string? from = null, string? to = null, string? by = null, long? customerId = null, long? itemId = null, string? currency = null,
        string? search = null, string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = SalesHistoryFilter.Parse(from, to, by, customerId, itemId, currency, search, sort, page, pageSize, ReportParameters.Today(clock), errors);
        var wanted = ReportFormats.From(request, format, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (wanted != ReportFormat.Json)
        {
            return await ReportExport.FileAsync(wanted, "sales-history", filter.Period.To, SalesHistoryDto.ExportColumns(filter.View), await query.AllRowsAsync(filter, ct));
        }

        return TypedResults.Ok(SalesHistoryDto.Of(await query.RunAsync(filter, ct)));
    }

    private static async Task<Results<Ok<SalesByCustomerDto>, FileContentHttpResult, ValidationProblem>> SalesByCustomer(
        HttpRequest request, SalesByCustomerQuery query, TimeProvider clock, CancellationToken ct,
        string? from = null, string? to = null, string? compare = null, string? currency = null, long? customerId = null,
        string? search = null, string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = SalesByCustomerFilter.Parse(from, to, compare, currency, customerId, search, sort, page, pageSize, ReportParameters.Today(clock), errors);
        var wanted = ReportFormats.From(request, format, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (wanted != ReportFormat.Json)
        {
            return await ReportExport.FileAsync(wanted, "sales-by-customer", filter.Period.To, SalesByCustomerDto.ExportColumns(filter.Compare), await query.AllRowsAsync(filter, ct));
        }

        return TypedResults.Ok(SalesByCustomerDto.Of(await query.RunAsync(filter, ct)));
    }

    private static async Task<Results<Ok<ContactReportDto>, FileContentHttpResult, ValidationProblem>> Contacts(
        HttpRequest request, ContactReportQuery query, TimeProvider clock, CancellationToken ct,
        long? customerId = null, string? primary = null, string? optIn = null,
        string? search = null, string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = ContactReportFilter.Parse(customerId, primary, optIn, search, sort, page, pageSize, errors);
        var wanted = ReportFormats.From(request, format, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (wanted != ReportFormat.Json)
        {
            return await ReportExport.FileAsync(wanted, "contacts", ReportParameters.Today(clock), ContactReportDto.ExportColumns, await query.AllRowsAsync(filter, ct));
        }

        return TypedResults.Ok(ContactReportDto.Of(await query.RunAsync(filter, ct)));
    }

    private static async Task<Results<Ok<ChequeReportDto>, FileContentHttpResult, ValidationProblem>> Cheques(
        HttpRequest request, ChequeReportQuery query, TimeProvider clock, CancellationToken ct,
        string? from = null, string? to = null, string? status = null, long? customerId = null, string? currency = null,
        string? search = null, string? sort = null, int? page = null, int? pageSize = null, string? format = null)
    {
        var errors = new ValidationErrors();
        var filter = ChequeReportFilter.Parse(from, to, status, customerId, currency, search, sort, page, pageSize, errors);
        var wanted = ReportFormats.From(request, format, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (wanted != ReportFormat.Json)
        {
            return await ReportExport.FileAsync(wanted, "cheques", ReportParameters.Today(clock), ChequeReportDto.ExportColumns, await query.AllRowsAsync(filter, ct));
        }

        return TypedResults.Ok(ChequeReportDto.Of(await query.RunAsync(filter, ct)));
    }
}
