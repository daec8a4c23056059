using System.Text;

namespace CustomerCenter.Web.Features.Idempotency;

/// <summary>A response kept to be replayed byte for byte; also an <see cref="IResult"/> that writes it.</summary>
public sealed record CapturedResponse(int StatusCode, string? ContentType, string? Location, string? ETag, string Body) : IResult
{
    public static async Task<CapturedResponse> CaptureAsync(IResult result, HttpContext original)
    {
        var buffer = new DefaultHttpContext { RequestServices = original.RequestServices };
        buffer.Request.Scheme = original.Request.Scheme;
        buffer.Request.Host = original.Request.Host;
        buffer.Request.Path = original.Request.Path;
        using var body = new MemoryStream();
        buffer.Response.Body = body;
        await result.ExecuteAsync(buffer);
        return new CapturedResponse(
            buffer.Response.StatusCode,
            buffer.Response.ContentType,
            buffer.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
            buffer.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
            Encoding.UTF8.GetString(body.ToArray()));
    }

    public static CapturedResponse From(IdempotencyRecord record) =>
        new(record.StatusCode ?? 200, record.ContentType, record.Location, record.ETag, record.Body ?? "");

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        if (ContentType is not null)
        {
            httpContext.Response.ContentType = ContentType;
        }

        if (Location is not null)
        {
            httpContext.Response.Headers.Location = Location;
        }

        if (ETag is not null)
        {
            httpContext.Response.Headers.ETag = ETag;
        }

        await httpContext.Response.WriteAsync(Body);
    }
}
