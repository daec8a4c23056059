using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Identity;

namespace CustomerCenter.Web.Features.Payments;

public static class PaymentExportEndpoint
{
    /// <summary>The payment list page's "Export CSV": the same filter and order as the page, every row.</summary>
    public static void MapPaymentExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/payments/export.csv", async (
                HttpContext http, PaymentQueries queries, string? search, string? sort, long? customerId, string? status, string? method, string? from, string? to) =>
            {
                var errors = new ValidationErrors();
                var filter = PaymentFilters.Parse(search, sort, 1, 50, customerId, status, method, from, to, errors);
                if (!errors.IsEmpty)
                {
                    return Results.ValidationProblem(errors.ToDictionary());
                }

                await PaymentCsv.WriteAsync(http.Response, queries.StreamAsync(filter), http.RequestAborted);
                return Results.Empty;
            })
            .RequireAuthorization(Policies.Staff)
            .ExcludeFromDescription();
}
