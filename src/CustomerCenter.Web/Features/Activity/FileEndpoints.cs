using CustomerCenter.Web.Components.Shared;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Idempotency;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>
/// Files attached to customers. Only the two upload endpoints accept bodies past the app's 1 MB
/// limit; downloads are attachments with nosniff, for signed-in staff only.
/// </summary>
public static class FileEndpoints
{
    // The file plus the multipart framing and a few form fields.
    private const long UploadRequestLimit = ActivityLimits.MaxFileBytes + 64 * 1024;

    public static void MapFileEndpoints(this IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var files = api.MapGroup("/customers/{customerId:long}/files").WithTags("Files");
        files.MapGet("/", async Task<Results<Ok<List<CustomerFileDto>>, NotFound>> (long customerId, CustomerReader customers, FileService service, CancellationToken ct) =>
                await customers.ExistsAsync(customerId, ct) ? TypedResults.Ok(await service.ListAsync(customerId, ct)) : TypedResults.NotFound())
            .WithName("ListCustomerFiles");
        files.MapPost("/", async Task<Results<Created<CustomerFileDto>, ProblemHttpResult>> (long customerId, HttpRequest request, FileService service, CancellationToken ct) =>
            {
                var outcome = await UploadAsync(customerId, request, service, ct);
                return outcome.IsOk
                    ? TypedResults.Created($"/api/v1/customers/{customerId}/files/{outcome.Value!.Id}", CustomerFileDto.From(outcome.Value))
                    : OutcomeResults.Problem(outcome);
            })
            .WithName("UploadCustomerFile")
            .WithDescription($"multipart/form-data with one `file` part, at most {ActivityLimits.MaxFileBytes / (1024 * 1024)} MB: {FileSniffer.AllowedDescription}; the type is checked against the content. Honours Idempotency-Key.")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(UploadRequestLimit))
            .RequireAuthorization(Policies.CanEdit).AddEndpointFilter<IdempotencyFilter>();
        files.MapGet("/{fileId:long}", DownloadAsync).WithName("DownloadCustomerFile").Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
        files.MapDelete("/{fileId:long}", async Task<Results<NoContent, ProblemHttpResult>> (long customerId, long fileId, FileService service, CancellationToken ct) =>
            {
                var outcome = await service.DeleteAsync(fileId, customerId, ct);
                return outcome.IsOk ? TypedResults.NoContent() : OutcomeResults.Problem(outcome);
            })
            .WithName("DeleteCustomerFile").RequireAuthorization(Policies.CanEdit);

        // The same for the customer page: a signed-in browser, its antiforgery token, then back to the page with a message.
        var pages = app.MapGroup("/customers/{customerId:long}/files").RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        pages.MapGet("/{fileId:long}", DownloadAsync);
        pages.MapPost("/", async (long customerId, HttpContext http, IAntiforgery antiforgery, FileService service, CancellationToken ct) =>
            {
                var back = $"/customers/{customerId}?tab=files";
                // Checked here rather than by the framework, so a bad token is a message on the page, not an error page.
                if (!await antiforgery.IsRequestValidAsync(http) || !http.User.IsInRole(nameof(StaffRole.Admin)) && !http.User.IsInRole(nameof(StaffRole.Sales)) && !http.User.IsInRole(nameof(StaffRole.Finance)))
                {
                    return Flash(http, back, "The file was not attached: reload the page and try again.", "error");
                }

                var outcome = await UploadAsync(customerId, http.Request, service, ct);
                return outcome.IsOk
                    ? Flash(http, back, $"“{outcome.Value!.FileName}” is attached.", "success")
                    : Flash(http, back, outcome.Errors?.For("file").FirstOrDefault() ?? outcome.Message ?? "The file was not attached.", "error");
            })
            .WithMetadata(new RequestSizeLimitAttribute(UploadRequestLimit));
    }

    private static async Task<Outcome<CustomerFile>> UploadAsync(long customerId, HttpRequest request, FileService service, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Outcome<CustomerFile>.Invalid("file", "Send the file as multipart/form-data in a part named file.");
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return Outcome<CustomerFile>.Invalid("file", "Choose a file.");
        }

        await using var content = file.OpenReadStream();
        return await service.UploadAsync(customerId, file.FileName, file.ContentType, content, file.Length, ct);
    }

    private static async Task<IResult> DownloadAsync(long customerId, long fileId, FileService service, HttpResponse response, CancellationToken ct)
    {
        var opened = await service.OpenAsync(fileId, customerId, ct);
        if (opened is not { } found)
        {
            return TypedResults.NotFound();
        }

        // Always a download, never rendered in place: a text file can't become a page of ours.
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.Stream(found.Content, found.File.ContentType, found.File.FileName, enableRangeProcessing: false,
            entityTag: new EntityTagHeaderValue($"\"{found.File.Sha256}\""));
    }

    private static IResult Flash(HttpContext http, string url, string message, string kind)
    {
        FlashCookie.Set(http, message, kind);
        return TypedResults.Redirect(url);
    }
}
