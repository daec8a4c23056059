using Microsoft.Net.Http.Headers;

namespace CustomerCenter.Web.Features.Export;

public static class CsvResponse
{
    public const string ContentType = "text/csv";

    public static bool IsWanted(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase));

    /// <summary>Streams a CSV download: rows are written as they are read, so a large export uses little memory.</summary>
    public static async Task WriteAsync(HttpResponse response, string fileName, Func<CsvWriter, Task> write)
    {
        response.ContentType = ContentType + "; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        await using var text = new StreamWriter(response.Body, CsvWriter.Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        await write(new CsvWriter(text));
        await text.FlushAsync();
    }
}
