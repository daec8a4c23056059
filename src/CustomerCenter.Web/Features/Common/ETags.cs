using Microsoft.Net.Http.Headers;

namespace CustomerCenter.Web.Features.Common;

/// <summary>ETags are the row version: <c>"v7"</c>. If-Match accepts that, a weak form of it, or <c>*</c>.</summary>
public static class ETags
{
    public static string For(long version) => $"\"v{version}\"";

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = For(version);

    /// <summary>The version an If-Match header asks for; null when absent or '*'; -1 when unreadable.</summary>
    public static long? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag))
        {
            return -1;
        }

        var value = tag.Tag.Value?.Trim('"');
        return value is not null && value.StartsWith('v') && long.TryParse(value[1..], out var version) ? version : -1;
    }
}
