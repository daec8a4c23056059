using System.Net;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Portal;

/// <summary>Portal sessions: their own cookie, good in one center only, locked out and rate limited, ended everywhere on deactivation.</summary>
public sealed class PortalSessionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(PortalWorld World, string Slug, long CustomerId, PortalLogin Owner, PortalLogin User)> CenterAsync()
    {
        var world = await PortalWorld.CreateAsync(app);
        var slug = await world.CreateCenterAsync();
        var customer = await world.CreateCustomerAsync(slug);
        return (world, slug, customer.Id(), await world.AddLoginAsync(slug, customer.Id(), PortalRole.Owner), await world.AddLoginAsync(slug, customer.Id(), PortalRole.User));
    }

    private static bool GoesToSignIn(HttpResponseMessage response, string slug) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains($"/cc/{slug}/login", StringComparison.Ordinal);

    [Fact]
    public async Task The_session_cookie_is_http_only_secure_and_only_sent_to_the_portal()
    {
        var (_, slug, _, owner, _) = await CenterAsync();
        using var page = app.NewPageClient();
        var form = await page.GetAsync($"/cc/{slug}/login");
        using var content = new FormUrlEncodedContent(
        [
            new("_handler", "portal-login"), new("__RequestVerificationToken", form.Antiforgery()), new("Input.Email", owner.Email), new("Input.Password", AppFactory.Password),
        ]);
        var response = await page.Http.PostAsync(new Uri($"/cc/{slug}/login", UriKind.Relative), content);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".cc.portal=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("path=/cc", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_portal_cookie_is_worthless_in_the_workspace_and_the_api()
    {
        var (_, slug, _, owner, _) = await CenterAsync();
        var portalCookie = await PortalCookieAsync(slug, owner.Email);

        using var raw = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = AppFactory.Https });
        using (var check = new HttpRequestMessage(HttpMethod.Get, new Uri($"/cc/{slug}/orders", UriKind.Relative)))
        {
            // The cookie itself is good: in its own center it opens the portal.
            check.Headers.Add("Cookie", $".cc.portal={portalCookie}");
            Assert.Equal(HttpStatusCode.OK, (await raw.SendAsync(check)).StatusCode);
        }

        foreach (var (name, url) in new[] { (".cc.portal", "/customers"), (".cc.staff", "/customers"), (".cc.portal", "/api/v1/customers"), (".cc.staff", "/api/v1/customers") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.Add("Cookie", $"{name}={portalCookie}");
            var response = await raw.SendAsync(request);
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized || (response.StatusCode == HttpStatusCode.Redirect && new Uri(AppFactory.Https, response.Headers.Location!).AbsolutePath == "/login"),
                $"{name} on {url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_portal_cookie_is_worthless_in_another_center()
    {
        var (world, slug, _, owner, _) = await CenterAsync();
        var other = await world.CreateCenterAsync();
        var otherCustomer = await world.CreateCustomerAsync(other);
        var invoice = await world.PostedInvoiceAsync(otherCustomer.Id(), 10m);
        using var page = await world.SignInAsync(owner);

        Assert.Equal(HttpStatusCode.OK, (await page.RawGetAsync($"/cc/{slug}")).StatusCode);
        foreach (var url in new[] { $"/cc/{other}", $"/cc/{other}/orders", $"/cc/{other}/billing/invoices/{invoice.Id()}", $"/cc/{other}/billing/invoices/{invoice.Id()}.pdf" })
        {
            Assert.True(GoesToSignIn(await page.RawGetAsync(url), other), url);
        }
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_login_for_fifteen_minutes_even_for_the_right_one()
    {
        var (_, slug, _, _, user) = await CenterAsync();
        using var page = app.NewPageClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await page.PortalSignInAsync(slug, user.Email, "not the password at all");
            Assert.Contains("The email or password is wrong.", wrong.QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains("locked", (await page.PortalSignInAsync(slug, user.Email, "still not it")).QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("locked", (await page.PortalSignInAsync(slug, user.Email, AppFactory.Password)).QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);
        Assert.True(GoesToSignIn(await page.RawGetAsync($"/cc/{slug}"), slug));

        await app.WithDbAsync(db => db.PortalUsers.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEndsAt, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Null((await page.PortalSignInAsync(slug, user.Email, AppFactory.Password)).QuerySelector(".flash.error"));
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        var (_, slug, _, _, user) = await CenterAsync();
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("RateLimits:SignInPerMinute", "3"));
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = AppFactory.Https });
        using var page = new PageClient(client);
        var form = await page.GetAsync($"/cc/{slug}/login");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var content = new FormUrlEncodedContent(
            [
                new("_handler", "portal-login"), new("__RequestVerificationToken", form.Antiforgery()), new("Input.Email", user.Email), new("Input.Password", "wrong password " + i),
            ]);
            var response = await client.PostAsync(new Uri($"/cc/{slug}/login", UriKind.Relative), content);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Too many sign-in attempts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Deactivating_a_user_signs_them_out_of_every_session_at_once()
    {
        var (world, slug, _, owner, user) = await CenterAsync();
        using var phone = await world.SignInAsync(user);
        using var laptop = await world.SignInAsync(user);
        using var ownerPage = await world.SignInAsync(owner);

        var done = await ownerPage.SubmitAsync(await ownerPage.GetAsync($"/cc/{slug}/users/{user.Id}"), "@set-active");
        Assert.Contains("is deactivated and signed out", done.Flash(), StringComparison.Ordinal);

        Assert.True(GoesToSignIn(await phone.RawGetAsync($"/cc/{slug}/orders"), slug));
        Assert.True(GoesToSignIn(await laptop.RawGetAsync($"/cc/{slug}/billing"), slug));
        Assert.Contains("wrong", (await app.NewPageClient().PortalSignInAsync(slug, user.Email, AppFactory.Password)).QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ownerPage.RawGetAsync($"/cc/{slug}/orders")).StatusCode);
    }

    [Fact]
    public async Task A_customer_taken_out_of_the_center_loses_its_sessions_and_can_not_sign_in()
    {
        var (world, slug, customerId, owner, _) = await CenterAsync();
        using var page = await world.SignInAsync(owner);
        await app.WithDbAsync(db => db.Customers.Where(c => c.Id == customerId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClientCenterId, (long?)null)));

        Assert.True(GoesToSignIn(await page.RawGetAsync($"/cc/{slug}"), slug));
        Assert.NotNull((await app.NewPageClient().PortalSignInAsync(slug, owner.Email, AppFactory.Password)).QuerySelector(".flash.error"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var (world, slug, _, owner, _) = await CenterAsync();
        using var page = await world.SignInAsync(owner);
        var home = await page.GetAsync($"/cc/{slug}");
        var response = await page.RawPostAsync($"/cc/{slug}/logout", [new("__RequestVerificationToken", home.Antiforgery())]);

        Assert.True(GoesToSignIn(response, slug));
        Assert.True(GoesToSignIn(await page.RawGetAsync($"/cc/{slug}"), slug));
    }

    /// <summary>Signs in without a cookie container and returns the portal cookie's value, to replay it by hand.</summary>
    private async Task<string> PortalCookieAsync(string slug, string email)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = AppFactory.Https });
        var form = await client.GetAsync(new Uri($"/cc/{slug}/login", UriKind.Relative));
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".cc.antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/cc/{slug}/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(
            [
                new("_handler", "portal-login"), new("__RequestVerificationToken", document.Antiforgery()),
                new("Input.Email", email), new("Input.Password", AppFactory.Password),
            ]),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        var response = await client.SendAsync(request);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".cc.portal=", StringComparison.Ordinal));
        return cookie.Split(';')[0][".cc.portal=".Length..];
    }
}
