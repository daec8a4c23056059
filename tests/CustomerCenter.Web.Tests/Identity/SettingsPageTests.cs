using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Identity;

public sealed class SettingsPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_admin_adds_a_staff_user_who_can_then_sign_in_with_that_role()
    {
        var admin = await app.SignInAs(StaffRole.Admin);
        var page = await admin.GetAsync("/settings/users");
        var after = await admin.SubmitAsync(page, "@new-user", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = "Nora New",
            ["Input.Email"] = "nora@example.com",
            ["Input.Role"] = "Finance",
            ["Input.Password"] = "long enough password",
        });
        Assert.Contains("nora@example.com", after.QuerySelector(".flash.success")!.TextContent, StringComparison.Ordinal);

        var nora = app.NewPageClient();
        await nora.SignInAsync("nora@example.com", "long enough password");
        Assert.Contains("Finance", (await nora.GetAsync("/")).QuerySelector(".topbar")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_user_form_rejects_a_short_password_and_a_duplicate_email()
    {
        var admin = await app.SignInAs(StaffRole.Admin);
        var page = await admin.GetAsync("/settings/users");
        var after = await admin.SubmitAsync(page, "@new-user", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = "Shorty",
            ["Input.Email"] = "admin@customer-center.local",
            ["Input.Role"] = "Sales",
            ["Input.Password"] = "short",
        });
        Assert.NotNull(after.QuerySelector("#error-password"));
        Assert.False(await app.WithDbAsync(db => db.StaffUsers.AnyAsync(u => u.DisplayName == "Shorty")));
    }

    [Fact]
    public async Task The_last_admin_cannot_be_demoted()
    {
        var admin = await app.SignInAs(StaffRole.Admin);
        await app.WithDbAsync(async db =>
        {
            foreach (var other in db.StaffUsers.Where(u => u.Role == StaffRole.Admin && u.Email != "admin@customer-center.local"))
            {
                other.IsActive = false;
            }

            await db.SaveChangesAsync();
        });
        var firstAdminId = await app.WithDbAsync(db => db.StaffUsers.Where(u => u.Email == "admin@customer-center.local").Select(u => u.Id).SingleAsync());
        var service = app.Scope().ServiceProvider.GetService(typeof(StaffUserService)) as StaffUserService;
        var outcome = await service!.UpdateAsync(firstAdminId, new StaffUserInput { DisplayName = "Administrator", Role = StaffRole.Viewer, IsActive = true }, default);
        Assert.NotEmpty(outcome.Errors!.For("role"));
        Assert.NotNull(admin);
    }

    [Fact]
    public async Task An_api_key_created_on_the_page_is_shown_once_and_works()
    {
        var admin = await app.SignInAs(StaffRole.Admin);
        var page = await admin.GetAsync("/settings/api-keys");
        var after = await admin.SubmitAsync(page, "@new-key", new Dictionary<string, string?> { ["Input.Name"] = "page key", ["Input.Role"] = "Viewer" });
        var key = after.QuerySelector("#new-api-key")!.TextContent.Trim();

        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/customers", UriKind.Relative))).StatusCode);
        Assert.Null((await admin.GetAsync("/settings/api-keys")).QuerySelector("#new-api-key"));
    }

    [Fact]
    public async Task The_command_line_creates_a_key_printed_alone_on_the_last_line()
    {
        _ = app.Server;
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "api-key", "create", "--name", "cli key", "--role", "Finance"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
        };
        start.Environment["Database__Provider"] = app.Database.Provider;
        start.Environment["ConnectionStrings__CustomerCenter"] = app.Database.ConnectionString;
        start.Environment["DemoData__Enabled"] = "false";
        start.Environment["DataFolder"] = Path.Combine(Path.GetTempPath(), "cc-cli-test");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        var key = output.TrimEnd().Split('\n')[^1].Trim();
        Assert.StartsWith("cc_", key, StringComparison.Ordinal);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/v1/customers", new { name = "Made by CLI key" })).StatusCode);
        Assert.Equal(StaffRole.Finance, await app.WithDbAsync(db => db.ApiKeys.Where(k => k.Name == "cli key").Select(k => k.Role).SingleAsync()));
    }

    [Fact]
    public async Task The_custom_fields_page_adds_a_field_that_then_shows_on_the_customer_form()
    {
        var admin = await app.SignInAs(StaffRole.Admin);
        var page = await admin.GetAsync("/settings/custom-fields");
        await admin.SubmitAsync(page, "@new-field", new Dictionary<string, string?>
        {
            ["Input.Label"] = "Region code",
            ["Input.Key"] = "regionCode",
            ["Input.Type"] = "Choice",
            ["Input.ChoicesText"] = "North\nSouth",
        });

        var form = await admin.GetAsync("/customers/new");
        Assert.NotNull(form.QuerySelector("select[name='Form.Custom[regionCode]']"));
        var detail = await admin.SubmitAsync(form, "@customer", new Dictionary<string, string?> { ["Form.Name"] = "With Region", ["Form.Custom[regionCode]"] = "South" });
        Assert.Contains("South", detail.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
    }
}
