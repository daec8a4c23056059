using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Activity;

public sealed class FileTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] PdfBytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient api, long customerId, byte[] content, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(part, "file", fileName);
        return await api.PostAsync(new Uri($"/api/v1/customers/{customerId}/files", UriKind.Relative), form);
    }

    private static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "xl/workbook.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task An_attached_file_is_listed_and_served_as_a_download_with_nosniff()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();

        var uploaded = await UploadAsync(api, customer.Id(), PdfBytes, @"C:\scans\contract v2.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var file = await uploaded.ReadAsync();
        Assert.Equal("contract v2.pdf", file.Str("fileName"));
        Assert.Equal(PdfBytes.Length, file["sizeBytes"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(api, customer.Id(), Xlsx(), "prices.xlsx", "application/octet-stream")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(api, customer.Id(), "a;b\n1;2\n"u8.ToArray(), "list.csv", "application/vnd.ms-excel")).StatusCode);

        var viewer = await app.ApiAs(StaffRole.Viewer);
        var download = await viewer.GetAsync(new Uri($"/api/v1/customers/{customer.Id()}/files/{file.Id()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(PdfBytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        var listed = (await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/files")).AsArray();
        Assert.Equal(3, listed.Count);
        Assert.Contains($"File “contract v2.pdf” attached ({PdfBytes.Length} B)", await api.TimelineAsync(customer.Id(), "&kind=file"));
        var other = await api.CreateCustomerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri($"/api/v1/customers/{other.Id()}/files/{file.Id()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(new Uri($"/api/v1/customers/{customer.Id()}/files/{file.Id()}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("page.html", "text/html", "<html><script>alert(1)</script></html>")]
    [InlineData("tool.exe", "application/octet-stream", "MZ\u0090\u0000")]
    [InlineData("fake.pdf", "application/pdf", "<html>not a pdf</html>")]
    [InlineData("notes.txt", "text/plain", "binary\u0000zero")]
    [InlineData("photo.png", "image/png", "%PDF-1.4 pretending")]
    public async Task A_file_of_a_refused_type_or_whose_content_does_not_match_is_a_400_on_file(string name, string contentType, string content)
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();

        var response = await UploadAsync(api, customer.Id(), Encoding.UTF8.GetBytes(content), name, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.FieldErrorsAsync("file"));
        Assert.False(await app.WithDbAsync(db => db.CustomerFiles.AnyAsync(f => f.CustomerId == customer.Id())));
    }

    [Fact]
    public async Task A_png_sent_as_a_pdf_and_a_file_over_ten_megabytes_are_refused()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();

        Assert.Contains("image/png", Assert.Single(await (await UploadAsync(api, customer.Id(), PngBytes, "logo.png", "application/pdf")).FieldErrorsAsync("file")), StringComparison.Ordinal);
        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        PdfBytes.CopyTo(tooLarge, 0);
        var response = await UploadAsync(api, customer.Id(), tooLarge, "big.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10 MB", Assert.Single(await response.FieldErrorsAsync("file")), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.CustomerFiles.AnyAsync(f => f.CustomerId == customer.Id())));
    }

    [Fact]
    public async Task Files_can_live_in_the_data_folder_and_deleting_one_removes_it_there()
    {
        using var folderApp = app.WithWebHostBuilder(b => b.UseSetting("Files:Storage", "Folder"));
        var key = await app.WithDbAsync(async db => (await ApiKeyIssuer.IssueAsync(db, "files", StaffRole.Sales, "tests", default)).Key);
        var api = folderApp.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = AppFactory.Https });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var customer = await api.CreateCustomerAsync();

        var file = await (await UploadAsync(api, customer.Id(), PngBytes, "logo.png", "image/png")).ReadAsync();
        var stored = await app.WithDbAsync(db => db.CustomerFiles.SingleAsync(f => f.Id == file.Id()));
        Assert.Equal(CustomerCenter.Web.Features.Activity.FileStorage.Folder, stored.Storage);
        Assert.False(await app.WithDbAsync(db => db.CustomerFileContents.AnyAsync(c => c.FileId == stored.Id)));
        Assert.Equal(PngBytes, await (await api.GetAsync(new Uri($"/api/v1/customers/{customer.Id()}/files/{file.Id()}", UriKind.Relative))).Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(new Uri($"/api/v1/customers/{customer.Id()}/files/{file.Id()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri($"/api/v1/customers/{customer.Id()}/files/{file.Id()}", UriKind.Relative))).StatusCode);
        Assert.Contains("File “logo.png” removed", await api.TimelineAsync(customer.Id(), "&kind=file"));
    }

    [Fact]
    public async Task A_viewer_cannot_upload_and_a_trashed_customer_takes_no_files()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();
        var viewer = await app.ApiAs(StaffRole.Viewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(viewer, customer.Id(), PdfBytes, "a.pdf", "application/pdf")).StatusCode);
        await api.DeleteAsync(new Uri($"/api/v1/customers/{customer.Id()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync(api, customer.Id(), PdfBytes, "a.pdf", "application/pdf")).StatusCode);
    }
}
