using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Identity;

namespace CustomerCenter.Web.Features.Sales;

public static class DocumentExportEndpoint
{
    /// <summary>Each document list's "Export CSV" (<c>/invoices/export.csv?…</c>): the page's filter and order, every row.</summary>
    public static void MapDocumentExport(this IEndpointRouteBuilder app)
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            app.MapGet($"/{DocumentPaths.Segment(kind)}/export.csv", async (
                    HttpContext http, DocumentQueries queries, string? search, string? sort, string? status, string? from, string? to, long? customerId) =>
                {
                    var errors = new ValidationErrors();
                    var filter = DocumentListFilter.Parse(kind, search, sort, 1, 50, status, from, to, customerId, errors);
                    if (!errors.IsEmpty)
                    {
                        return Results.ValidationProblem(errors.ToDictionary());
                    }

                    await DocumentCsv.WriteAsync(http.Response, kind, queries.StreamAsync(filter), http.RequestAborted);
                    return Results.Empty;
                })
                .RequireAuthorization(Policies.Staff)
                .ExcludeFromDescription();
        }
    }
}
