using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;

namespace CustomerCenter.Bench.Load;

/// <summary>Two clients of the running app: the API with a bearer key, the pages with a signed-in staff cookie.</summary>
internal sealed partial class AppClients : IDisposable
{
    private AppClients(HttpClient api, HttpClient pages)
    {
        Api = api;
        Pages = pages;
    }

    public HttpClient Api { get; }

    public HttpClient Pages { get; }

    public static AppClients Create(Uri baseUrl, string? certificate, string apiKey)
    {
        var api = new HttpClient(Handler(certificate, cookies: false), disposeHandler: true) { BaseAddress = baseUrl };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        var pages = new HttpClient(Handler(certificate, cookies: true), disposeHandler: true) { BaseAddress = baseUrl };
        return new AppClients(api, pages);
    }

    /// <summary>Signs in through the real form: GET /login for the antiforgery token, POST it with the credentials.</summary>
    public async Task SignInAsync(string email, string password, CancellationToken ct)
    {
        var form = await Pages.GetStringAsync(new Uri("/login", UriKind.Relative), ct);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = HiddenValue(form, "_handler"),
            ["__RequestVerificationToken"] = HiddenValue(form, "__RequestVerificationToken"),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        using var content = new FormUrlEncodedContent(fields);
        using var response = await Pages.PostAsync(new Uri("/login", UriKind.Relative), content, ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: HTTP {(int)response.StatusCode}.");
        }
    }

    public void Dispose()
    {
        Api.Dispose();
        Pages.Dispose();
    }

    private static SocketsHttpHandler Handler(string? certificate, bool cookies)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies,
            CookieContainer = new CookieContainer(),
            AutomaticDecompression = DecompressionMethods.None,
        };
        if (certificate is not null)
        {
            var pinned = LocalCertificate.Pinned(certificate);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => pinned(presented as X509Certificate2);
        }

        return handler;
    }

    private static string HiddenValue(string html, string name)
    {
        foreach (Match input in InputTag().Matches(html))
        {
            if (input.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal) && ValueAttribute().Match(input.Value) is { Success: true } value)
            {
                return WebUtility.HtmlDecode(value.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"The sign-in form has no {name} field.");
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
