using System.Net;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Portal;

/// <summary>User management by the customer's Owner and Admins, invitations and password resets.</summary>
public sealed class PortalUserTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string NewPassword = "a brand new passphrase";

    private async Task<(PortalWorld World, string Slug, long CustomerId, PortalLogin Owner, PortalLogin Admin, PortalLogin User)> CompanyAsync()
    {
        var world = await PortalWorld.CreateAsync(app);
        var slug = await world.CreateCenterAsync();
        var customer = await world.CreateCustomerAsync(slug);
        var id = customer.Id();
        return (world, slug, id, await world.AddLoginAsync(slug, id, PortalRole.Owner), await world.AddLoginAsync(slug, id, PortalRole.Admin),
            await world.AddLoginAsync(slug, id, PortalRole.User));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ChoosePasswordAsync(PageClient page, string link, string password)
    {
        var form = await page.GetAsync(link);
        return await page.SubmitAsync(form, "@set-password", new Dictionary<string, string?> { ["Input.Password"] = password, ["Input.Confirm"] = password });
    }

    [Fact]
    public async Task An_owner_invites_a_user_who_chooses_a_password_once_and_signs_in()
    {
        var (world, slug, customerId, owner, _, _) = await CompanyAsync();
        using var page = await world.SignInAsync(owner);
        var email = $"new-{PortalWorld.Tag()}@example.com";

        var invited = await page.SubmitAsync(await page.GetAsync($"/cc/{slug}/users/new"), "@invite-user",
            new Dictionary<string, string?> { ["Input.Name"] = "Nina <i>New</i>", ["Input.Email"] = email, ["Input.Role"] = "User" });
        Assert.Contains($"Invitation sent to {email}", invited.Flash(), StringComparison.Ordinal);
        Assert.Contains("Nina <i>New</i>", invited.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Null(invited.QuerySelector("tbody i"));
        var login = await app.WithDbAsync(db => db.PortalUsers.SingleAsync(u => u.Email == email));
        Assert.Equal((customerId, PortalRole.User, null), (login.CustomerId, login.Role, login.PasswordHash));

        var link = await world.LinkInLastMailAsync(email);
        Assert.StartsWith($"/cc/{slug}/accept?token=", link, StringComparison.Ordinal);
        using var invitee = app.NewPageClient();
        var saved = await ChoosePasswordAsync(invitee, link, NewPassword);
        Assert.Contains("Your password is saved", saved.Flash(), StringComparison.Ordinal);
        var again = await invitee.GetAsync(link);
        Assert.Contains("expired or was already used", again.QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);

        var home = await invitee.PortalSignInAsync(slug, email, NewPassword);
        Assert.Contains("Welcome, Nina <i>New</i>", home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Null(home.QuerySelector("a[href$='/users']"));
        Assert.Equal(HttpStatusCode.NotFound, (await invitee.RawGetAsync($"/cc/{slug}/users")).StatusCode);

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "PortalUser" && a.EntityId == login.Id).Select(a => new { a.Action, a.Actor }).ToListAsync());
        Assert.Contains(audit, a => a.Action == "Created" && a.Actor.Contains(owner.Email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reset_link_works_once_and_not_after_it_expires()
    {
        var (_, slug, _, _, _, user) = await CompanyAsync();
        using var page = app.NewPageClient();
        var world = await PortalWorld.CreateAsync(app);

        var sent = await page.SubmitAsync(await page.GetAsync($"/cc/{slug}/forgot"), "@forgot", new Dictionary<string, string?> { ["Input.Email"] = user.Email });
        Assert.Contains("If this email has a login here", sent.QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
        var link = await world.LinkInLastMailAsync(user.Email);
        Assert.Contains("Your password is saved", (await ChoosePasswordAsync(page, link, NewPassword)).Flash(), StringComparison.Ordinal);
        Assert.Contains("expired or was already used", (await page.GetAsync(link)).QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await page.PortalSignInAsync(slug, user.Email, AppFactory.Password)).QuerySelector(".flash.error"));
        Assert.Null((await page.PortalSignInAsync(slug, user.Email, NewPassword)).QuerySelector(".flash.error"));

        using var other = app.NewPageClient();
        await other.SubmitAsync(await other.GetAsync($"/cc/{slug}/forgot"), "@forgot", new Dictionary<string, string?> { ["Input.Email"] = user.Email });
        var expiring = await world.LinkInLastMailAsync(user.Email);
        var form = await other.GetAsync(expiring);
        await app.WithDbAsync(db => db.PortalTokens.Where(t => t.PortalUserId == user.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));
        var late = await other.SubmitAsync(form, "@set-password", new Dictionary<string, string?> { ["Input.Password"] = "yet another passphrase", ["Input.Confirm"] = "yet another passphrase" });
        Assert.Contains("expired or was already used", late.QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await other.PortalSignInAsync(slug, user.Email, NewPassword)).QuerySelector(".flash.error"));
    }

    [Fact]
    public async Task Asking_for_a_reset_for_an_unknown_email_answers_the_same_and_sends_nothing()
    {
        var (_, slug, _, _, _, _) = await CompanyAsync();
        using var page = app.NewPageClient();
        var before = await app.WithDbAsync(db => db.OutboxMessages.CountAsync());
        var sent = await page.SubmitAsync(await page.GetAsync($"/cc/{slug}/forgot"), "@forgot", new Dictionary<string, string?> { ["Input.Email"] = "nobody@example.com" });

        Assert.Contains("If this email has a login here", sent.QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task An_admin_manages_users_but_never_the_owner()
    {
        var (world, slug, _, owner, admin, user) = await CompanyAsync();
        using var page = await world.SignInAsync(admin);

        var ownerPage = await page.GetAsync($"/cc/{slug}/users/{owner.Id}");
        Assert.Contains("Only the Owner can change the Owner.", ownerPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(ownerPage.QuerySelector("form input[name='_handler'][value='change-role']"));
        var forged = await page.RawPostAsync($"/cc/{slug}/users/{owner.Id}",
            [new("_handler", "set-active"), new("__RequestVerificationToken", ownerPage.Antiforgery())]);
        Assert.False(forged.IsSuccessStatusCode);
        Assert.True(await app.WithDbAsync(db => db.PortalUsers.Where(u => u.Id == owner.Id).Select(u => u.IsActive).FirstAsync()));

        var userPage = await page.GetAsync($"/cc/{slug}/users/{user.Id}");
        Assert.Null(userPage.QuerySelector("input[value='Owner']"));
        var promoted = await page.SubmitAsync(userPage, "@change-role", new Dictionary<string, string?> { ["RoleInput.Role"] = "Admin" });
        Assert.Contains("is now an Admin", promoted.Flash(), StringComparison.Ordinal);
        var toOwner = await page.SubmitAsync(await page.GetAsync($"/cc/{slug}/users/{user.Id}"), "@change-role", new Dictionary<string, string?> { ["RoleInput.Role"] = "Owner" });
        Assert.Contains("An Admin can't change the Owner or make someone Owner.", toOwner.QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);

        var invite = await page.SubmitAsync(await page.GetAsync($"/cc/{slug}/users/new"), "@invite-user",
            new Dictionary<string, string?> { ["Input.Name"] = "Olga", ["Input.Email"] = $"olga-{PortalWorld.Tag()}@example.com", ["Input.Role"] = "Owner" });
        Assert.Contains("Only the Owner can hand over the Owner role.", invite.QuerySelector("#error-role")!.TextContent, StringComparison.Ordinal);

        var self = await page.GetAsync($"/cc/{slug}/users/{admin.Id}");
        Assert.Contains("This is you.", self.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_hands_over_the_owner_role_and_becomes_an_admin()
    {
        var (world, slug, _, owner, admin, _) = await CompanyAsync();
        using var page = await world.SignInAsync(owner);
        var signIn = await page.SubmitAsync(await page.GetAsync($"/cc/{slug}/users/{admin.Id}"), "@change-role", new Dictionary<string, string?> { ["RoleInput.Role"] = "Owner" });

        Assert.Contains("You are an Admin now: please sign in again.", signIn.Flash(), StringComparison.Ordinal);
        Assert.NotNull(signIn.QuerySelector("input[name='Input.Password']"));

        var roles = await app.WithDbAsync(db => db.PortalUsers.Where(u => u.Id == owner.Id || u.Id == admin.Id).ToDictionaryAsync(u => u.Id, u => u.Role));
        Assert.Equal((PortalRole.Admin, PortalRole.Owner), (roles[owner.Id], roles[admin.Id]));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "PortalUser" && a.EntityId == admin.Id && a.Action == "Updated").Select(a => a.Changes).ToListAsync());
        Assert.Contains(audit, c => c.Contains("Owner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_role_has_no_user_management_even_if_the_settings_turn_it_on()
    {
        var world = await PortalWorld.CreateAsync(app);
        var slug = await world.CreateCenterAsync(new { roles = new { user = new { panels = new { userManagement = true } } } });
        var customer = await world.CreateCustomerAsync(slug);
        var user = await world.AddLoginAsync(slug, customer.Id(), PortalRole.User);
        using var page = await world.SignInAsync(user);

        Assert.DoesNotContain("Users", (await page.GetAsync($"/cc/{slug}")).QuerySelector(".portal-nav")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await page.RawGetAsync($"/cc/{slug}/users")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.RawGetAsync($"/cc/{slug}/users/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.RawGetAsync($"/cc/{slug}/users/{user.Id}")).StatusCode);
    }
}
