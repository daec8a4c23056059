using System.Net.Mime;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// The portal's files: an invoice PDF (shown in the browser, or downloaded with <c>?download=1</c>) and the
/// statement for a period. The customer is the signed-in user's; anything else — another customer's invoice,
/// a draft, a download the center turned off — answers 404.
/// </summary>
public static class PortalDocumentEndpoints
{
    public static void MapPortalDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/cc/{slug}").RequireAuthorization(PortalClaims.Policy).ExcludeFromDescription();

        portal.MapGet("/billing/invoices/{id:long}.pdf", async (string slug, long id, string? download, PortalContextAccessor accessor,
                AppDbContext db, DocumentPdf pdf, HttpResponse response, CancellationToken ct) =>
            {
                var context = await accessor.GetAsync(slug, ct);
                if (context?.User is null || context.Permissions?.AllowInvoiceDownload != true)
                {
                    return Results.NotFound();
                }

                var customerId = context.CustomerId;
                var posted = await db.SalesDocuments.AnyAsync(
                    d => d.Id == id && d.Kind == DocumentKind.Invoice && d.CustomerId == customerId && d.Status != DocumentStatuses.Draft, ct);
                var file = posted ? await pdf.RenderAsync(DocumentKind.Invoice, id, customerId, ct) : null;
                return file is { } f ? Pdf(response, f.Content, f.FileName, download == "1") : Results.NotFound();
            });

        portal.MapGet("/billing/statement.pdf", async (string slug, string? from, string? to, string? currency, string? style,
                PortalContextAccessor accessor, StatementFiles statements, HttpResponse response, CancellationToken ct) =>
            {
                var context = await accessor.GetAsync(slug, ct);
                if (context?.User is null || context.Permissions?.AllowStatementDownload != true)
                {
                    return Results.NotFound();
                }

                var outcome = await statements.RenderAsync(context.CustomerId, new StatementQuery(from, to, currency, style, null), ct);
                if (!outcome.IsOk)
                {
                    // The statement page checks the period before linking here; a hand-made bad query gets the messages as text.
                    return outcome.Errors is { } errors
                        ? Results.Text(string.Join(" ", errors.Fields.SelectMany(errors.For)), "text/plain", statusCode: StatusCodes.Status400BadRequest)
                        : Results.NotFound();
                }

                return Pdf(response, outcome.Value!.Content, outcome.Value.FileName, attachment: true);
            });
    }

    /// <summary>Customer documents stay out of shared caches; inline opens the browser's PDF viewer.</summary>
    private static IResult Pdf(HttpResponse response, byte[] content, string fileName, bool attachment)
    {
        response.Headers.CacheControl = "private, no-store";
        if (attachment)
        {
            return Results.File(content, "application/pdf", fileName);
        }

        response.Headers.ContentDisposition = new ContentDisposition { Inline = true, FileName = fileName }.ToString();
        return Results.File(content, "application/pdf");
    }
}
