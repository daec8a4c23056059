using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Identity;

namespace CustomerCenter.Web.Features.Customers;

public static class CustomerExportEndpoint
{
    /// <summary>The list page's "Export CSV": the same filter and order as the page, every row.</summary>
    public static void MapCustomerExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/customers/export.csv", async (
                HttpContext http, CustomerQueries queries, string? search, string? sort, string? kind, string? active, bool? trashed, string? currency) =>
            {
                var errors = new ValidationErrors();
                var filter = CustomerListFilter.Parse(search, sort, 1, 50, kind, active, trashed, currency, errors);
                if (!errors.IsEmpty)
                {
                    return Results.ValidationProblem(errors.ToDictionary());
                }

                await CustomerCsv.WriteAsync(http.Response, queries.StreamAsync(filter), http.RequestAborted);
                return Results.Empty;
            })
            .RequireAuthorization(Policies.Staff)
            .ExcludeFromDescription();
}
