using CustomerCenter.Web.Features.Identity;

namespace CustomerCenter.Web.Features.Sales;

public static class DocumentPdfEndpoints
{
    /// <summary><c>GET /api/v1/{kind}/{id}/pdf</c> and the page download <c>/{kind}/{id}.pdf</c> (staff cookie).</summary>
    public static void MapDocumentPdfEndpoints(this IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var segment = DocumentPaths.Segment(kind);
            api.MapGet($"/{segment}/{{id:long}}/pdf", (long id, DocumentPdf pdf, CancellationToken ct) => Render(kind, id, pdf, ct))
                .WithName($"{DocumentPaths.RouteWord(kind)}Pdf")
                .WithTags(DocumentPaths.Plural(kind))
                .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
            app.MapGet($"/{segment}/{{id:long}}.pdf", (long id, DocumentPdf pdf, CancellationToken ct) => Render(kind, id, pdf, ct))
                .RequireAuthorization(Policies.Staff)
                .ExcludeFromDescription();
        }
    }

    private static async Task<IResult> Render(DocumentKind kind, long id, DocumentPdf pdf, CancellationToken ct)
    {
        var rendered = await pdf.RenderAsync(kind, id, null, ct);
        return rendered is { } file
            ? TypedResults.File(file.Content, "application/pdf", file.FileName)
            : TypedResults.NotFound();
    }
}
