using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;

namespace CustomerCenter.Web.Tests.Identity;

public sealed class SecurityTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/login")]
    [InlineData("/api/v1/customers")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await app.CreateClient(new() { BaseAddress = AppFactory.Https, AllowAutoRedirect = false }).GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_without_storing()
    {
        var api = await app.ApiAs(StaffRole.Admin);
        var huge = new string('a', 2 * 1024 * 1024);
        var response = await api.PostRawAsync("/api/v1/customers", $$"""{"name":"{{huge}}"}""");
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
    }

    [Fact]
    public async Task Api_keys_act_with_their_role_and_revoked_keys_stop_working()
    {
        var finance = await app.ApiAs(StaffRole.Finance);
        Assert.Equal(HttpStatusCode.Created, (await finance.PostJsonAsync("/api/v1/customers", new { name = "By Finance" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.PostJsonAsync("/api/v1/custom-fields", new { key = "k", label = "K", type = "text" })).StatusCode);

        await app.WithDbAsync(async db =>
        {
            foreach (var key in db.ApiKeys.Where(k => k.Role == StaffRole.Finance))
            {
                key.RevokedAt = DateTime.UtcNow;
            }

            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await finance.GetAsync(new Uri("/api/v1/customers", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Api_keys_are_stored_hashed()
    {
        var api = await app.ApiAs(StaffRole.Viewer);
        var key = api.DefaultRequestHeaders.Authorization!.Parameter!;
        var stored = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.ApiKeys.Select(k => k.KeyHash)));
        Assert.DoesNotContain(key, stored);
        Assert.Contains(ApiKeySecrets.Hash(key), stored);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_customer_endpoints()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var document = await response.ReadAsync();
        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/v1/customers"));
        Assert.True(paths.ContainsKey("/api/v1/customers/{id}"));
        Assert.True(paths.ContainsKey("/api/v1/customers/{customerId}/contacts"));
        Assert.NotNull(paths["/api/v1/customers"]!["post"]!["requestBody"]);
        Assert.NotNull(document["components"]!["securitySchemes"]!["bearer"]);
    }

    [Fact]
    public async Task The_api_reference_page_is_served()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/api/docs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Customer Center API", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_reach_the_settings_pages()
    {
        var sales = await app.SignInAs(StaffRole.Sales);
        var response = await sales.Http.GetAsync(new Uri("/settings/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var admin = await app.SignInAs(StaffRole.Admin);
        await admin.GetAsync("/settings/users");
        await admin.GetAsync("/settings/api-keys");
        await admin.GetAsync("/settings/custom-fields");
    }
}
