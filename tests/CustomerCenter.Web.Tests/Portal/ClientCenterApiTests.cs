using System.Net;
using System.Text.Json.Nodes;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Portal;

public sealed class ClientCenterApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _next;

    private static string Slug() => $"center-{Interlocked.Increment(ref _next)}-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task A_new_center_has_safe_defaults_and_the_api_returns_every_default()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        var response = await admin.PostJsonAsync("/api/v1/client-centers", new { name = "Defaults", slug = Slug() });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var effective = (await response.ReadAsync())["effectiveSettings"]!;

        Assert.False(effective["orders"]!["allowNewOrders"]!.GetValue<bool>());
        Assert.True(effective["orders"]!["allowCancel"]!.GetValue<bool>());
        Assert.True(effective["billing"]!["allowInvoiceDownload"]!.GetValue<bool>());
        Assert.True(effective["billing"]!["showPaymentHistory"]!.GetValue<bool>());
        foreach (var panel in new[] { "home", "orders", "billing", "userManagement", "profile" })
        {
            Assert.True(effective["panels"]![panel]!.GetValue<bool>());
        }

        Assert.Equal("#1f5eff", effective["branding"]!["accentColor"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_settings_document_is_refused_with_each_path_and_the_old_settings_stay()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        var slug = Slug();
        var created = await (await admin.PostJsonAsync("/api/v1/client-centers", new { name = "Strict", slug, settings = new { orders = new { allowNewOrders = true } } })).ReadAsync();
        var id = created["id"]!.GetValue<long>();

        var bad = JsonNode.Parse("""{ "orders": { "allowNewOrders": "yes" }, "branding": { "accentColor": "red" }, "pannels": {}, "roles": { "user": { "billing": { "showPaymentHistory": 1 } } } }""");
        var response = await admin.PutJsonAsync($"/api/v1/client-centers/{id}", new { name = "Strict", slug, settings = bad });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("settings.orders.allowNewOrders"));
        Assert.True(errors.ContainsKey("settings.branding.accentColor"));
        Assert.True(errors.ContainsKey("settings.pannels"));
        Assert.True(errors.ContainsKey("settings.roles.user.billing.showPaymentHistory"));
        var after = await (await admin.GetAsync(new Uri($"/api/v1/client-centers/{id}", UriKind.Relative))).ReadAsync();
        Assert.True(after["effectiveSettings"]!["orders"]!["allowNewOrders"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("", "slug")]
    [InlineData("Upper", "slug")]
    [InlineData("has space", "slug")]
    [InlineData("api", "slug")]
    public async Task Bad_slugs_are_refused(string slug, string field)
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        var response = await admin.PostJsonAsync("/api/v1/client-centers", new { name = "X", slug });
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
    }

    [Fact]
    public async Task The_settings_schema_is_published_and_describes_every_section()
    {
        var schema = await (await app.CreateClient().GetAsync(new Uri("/api/v1/client-centers/settings-schema", UriKind.Relative))).ReadAsync();
        var properties = schema["properties"]!.AsObject();
        foreach (var section in new[] { "panels", "orders", "billing", "branding", "roles" })
        {
            Assert.True(properties.ContainsKey(section), section);
        }

        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.False(properties["orders"]!["properties"]!["allowNewOrders"]!["default"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_settings_reference_in_the_docs_lists_every_key()
    {
        var docs = await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "docs", "client-center-settings.md"));
        foreach (var (path, _, _, _) in Features.Portal.SettingsSchema.Reference())
        {
            Assert.Contains($"`{path}`", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Only_admins_configure_centers()
    {
        var sales = await app.ApiAs(StaffRole.Sales);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostJsonAsync("/api/v1/client-centers", new { name = "X", slug = Slug() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sales.GetAsync(new Uri("/api/v1/client-centers", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_center_in_use_cannot_be_deleted()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        var center = await (await admin.PostJsonAsync("/api/v1/client-centers", new { name = "Used", slug = Slug() })).ReadAsync();
        await admin.CreateCustomerAsync(extra: new { clientCenterId = center["id"]!.GetValue<long>() });
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync(new Uri($"/api/v1/client-centers/{center["id"]}", UriKind.Relative))).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.ClientCenters.AnyAsync(c => c.Id == center["id"]!.GetValue<long>())));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CustomerCenter.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
