using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Identity;

public sealed class SignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Pages_redirect_anonymous_visitors_to_sign_in()
    {
        var client = app.NewPageClient();
        var response = await client.Http.GetAsync(new Uri("/customers", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_user_gets_a_secure_http_only_cookie_and_sees_the_pages()
    {
        var email = await app.CreateStaffUserAsync(StaffRole.Sales);
        var client = app.NewPageClient();
        var login = await client.GetAsync("/login");
        await client.SubmitAsync(login, "@login", new Dictionary<string, string?> { ["Input.Email"] = email.ToUpperInvariant(), ["Input.Password"] = AppFactory.Password });

        var cookie = client.LastResponse!.RequestMessage!.Headers.ToString();
        Assert.Contains(".cc.staff", cookie, StringComparison.Ordinal);
        var list = await client.GetAsync("/customers");
        Assert.Equal("Customers", list.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_staff_cookie_is_http_only_secure_and_same_site()
    {
        var email = await app.CreateStaffUserAsync(StaffRole.Viewer);
        var client = app.NewPageClient();
        var login = await client.GetAsync("/login");
        var form = login.QuerySelectorAll("form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        form["Input.Email"] = email;
        form["Input.Password"] = AppFactory.Password;
        var response = await client.Http.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent(form));

        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".cc.staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var email = await app.CreateStaffUserAsync(StaffRole.Sales);
        var client = app.NewPageClient();
        var login = await client.GetAsync("/login");
        var after = await client.SubmitAsync(login, "@login", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = "wrong password!" });

        Assert.Contains("email or password is wrong", after.QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/customers", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var email = await app.CreateStaffUserAsync(StaffRole.Sales);
        var client = app.NewPageClient();
        for (var i = 0; i < PasswordLockout.MaxFailures; i++)
        {
            var login = await client.GetAsync("/login");
            await client.SubmitAsync(login, "@login", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = $"wrong {i} password" });
        }

        var again = await client.GetAsync("/login");
        var after = await client.SubmitAsync(again, "@login", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = AppFactory.Password });

        Assert.Contains("locked", after.QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await app.WithDbAsync(db => db.StaffUsers.Where(u => u.Email == email).Select(u => u.LockoutEndsAt).SingleAsync()));
    }

    [Fact]
    public async Task Deactivating_a_user_ends_their_session()
    {
        var client = await app.SignInAs(StaffRole.Sales);
        await client.GetAsync("/customers");
        await app.WithDbAsync(async db =>
        {
            var user = await db.StaffUsers.OrderByDescending(u => u.Id).FirstAsync(u => u.Role == StaffRole.Sales);
            user.IsActive = false;
            await db.SaveChangesAsync();
        });

        var response = await client.Http.GetAsync(new Uri("/customers", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Sign_out_needs_the_antiforgery_token()
    {
        var client = await app.SignInAs(StaffRole.Viewer);
        var forged = await client.Http.PostAsync(new Uri("/logout", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.False(forged.IsSuccessStatusCode || forged.StatusCode == HttpStatusCode.Redirect);
        await client.GetAsync("/customers");

        var home = await client.GetAsync("/");
        await client.SubmitAsync(home, "form[action='/logout']");
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/customers", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_signs_out_other_sessions()
    {
        var email = await app.CreateStaffUserAsync(StaffRole.Finance);
        var first = app.NewPageClient();
        await first.SignInAsync(email, AppFactory.Password);
        var second = app.NewPageClient();
        await second.SignInAsync(email, AppFactory.Password);

        var page = await first.GetAsync("/account/password");
        var after = await first.SubmitAsync(page, "@password", new Dictionary<string, string?>
        {
            ["Input.Current"] = AppFactory.Password,
            ["Input.New"] = "a brand new passphrase",
            ["Input.Confirm"] = "a brand new passphrase",
        });

        Assert.Contains("changed", after.QuerySelector(".flash.success")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await first.Http.GetAsync(new Uri("/customers", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.Http.GetAsync(new Uri("/customers", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var email = await app.CreateStaffUserAsync(StaffRole.Viewer);
        var client = app.NewPageClient();
        var login = await client.GetAsync("/login?ReturnUrl=%2F%2Fevil.example%2F");
        var form = login.QuerySelectorAll("form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        form["Input.Email"] = email;
        form["Input.Password"] = AppFactory.Password;

        var response = await client.Http.PostAsync(new Uri("/login?ReturnUrl=%2F%2Fevil.example%2F", UriKind.Relative), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("evil", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
