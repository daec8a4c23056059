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
    public Task SignInAsync(string email, string password, CancellationToken ct) => SignInAsync(Pages, "/login", email, password, ct);

    /// <summary>A client with its own cookies (its own session), for a portal user or a concurrent client.</summary>
    public static HttpClient CookieClient(Uri baseUrl, string? certificate) =>
        new(Handler(certificate, cookies: true), disposeHandler: true) { BaseAddress = baseUrl };

    /// <summary>Posts a sign-in form (staff /login, portal /cc/{slug}/login) with its antiforgery token; a redirect means signed in.</summary>
    public static async Task SignInAsync(HttpClient client, string path, string email, string password, CancellationToken ct)
    {
        var form = await client.GetStringAsync(new Uri(path, UriKind.Relative), ct);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = HiddenValue(form, "_handler"),
            ["__RequestVerificationToken"] = HiddenValue(form, "__RequestVerificationToken"),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content, ct);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new InvalidOperationException(
                $"Sign-in as {email} refused: too many sign-ins per minute. Start the app with RateLimits__SignInPerMinute=100000 (run.sh does).");
        }

        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} at {path} failed: HTTP {(int)response.StatusCode}.");
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
