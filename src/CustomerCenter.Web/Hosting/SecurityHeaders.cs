namespace CustomerCenter.Web.Hosting;

/// <summary>Headers every response carries: no framing, no MIME sniffing, a strict content policy.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The API reference page loads its script and styles inline; it serves no user data.
    private const string DocsContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; "
        + "font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs")
            ? DocsContentSecurityPolicy
            : ContentSecurityPolicy;
        return next(context);
    }
}
