using System.Net;
using System.Text.RegularExpressions;
using CustomerCenter.Web.Features.Email;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CustomerCenter.Web.Tests.Portal;

public sealed partial class PortalInvitationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Admin, long CenterId, string Slug, long CustomerId, long ContactId)> SetupAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        var slug = $"inv-{Guid.NewGuid():N}"[..16];
        var center = await (await admin.PostJsonAsync("/api/v1/client-centers", new { name = "Invite Center", slug })).ReadAsync();
        var centerId = center["id"]!.GetValue<long>();
        var customer = await admin.CreateCustomerAsync(extra: new { clientCenterId = centerId });
        var contact = await admin.CreateContactAsync(customer.Id(), "Olga", "Owner", email: $"olga-{Guid.NewGuid():N}@example.com");
        return (admin, centerId, slug, customer.Id(), contact.Id());
    }

    [Fact]
    public async Task An_invited_contact_sets_a_password_through_the_single_use_link_and_signs_in()
    {
        var (admin, centerId, slug, customerId, contactId) = await SetupAsync();
        var invited = await admin.PostJsonAsync($"/api/v1/client-centers/{centerId}/users", new { customerId, contactId, role = "owner" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var email = (await invited.ReadAsync())["email"]!.GetValue<string>();

        var link = await LinkFromOutboxAsync(email, "/accept?token=");
        var page = app.NewPageClient();
        var form = await page.GetAsync(link);
        var saved = await page.SubmitAsync(form, "@set-password", new Dictionary<string, string?> { ["Input.Password"] = "a portal passphrase", ["Input.Confirm"] = "a portal passphrase" });
        Assert.Contains("password is saved", saved.QuerySelector(".flash.success")!.TextContent, StringComparison.Ordinal);

        var again = await page.GetAsync(link);
        Assert.Contains("expired or was already used", again.QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);

        var login = await page.GetAsync($"/cc/{slug}/login");
        var home = await page.SubmitAsync(login, "@portal-login", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = "a portal passphrase" });
        Assert.StartsWith("Welcome", home.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logins_are_only_for_active_assigned_customers_contacts_with_email_one_per_email_and_one_owner()
    {
        var (admin, centerId, _, customerId, contactId) = await SetupAsync();
        var noEmail = await admin.PostJsonAsync($"/api/v1/customers/{customerId}/contacts", new { lastName = "Mailless" });
        var noEmailId = (await noEmail.ReadAsync()).Id();

        Assert.NotEmpty(await (await admin.PostJsonAsync($"/api/v1/client-centers/{centerId}/users", new { customerId, contactId = noEmailId })).FieldErrorsAsync("contactId"));
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync($"/api/v1/client-centers/{centerId}/users", new { customerId, contactId, role = "owner" })).StatusCode);
        Assert.NotEmpty(await (await admin.PostJsonAsync($"/api/v1/client-centers/{centerId}/users", new { customerId, contactId })).FieldErrorsAsync("email"));
        Assert.NotEmpty(await (await admin.PostJsonAsync($"/api/v1/client-centers/{centerId}/users", new { customerId, email = "second.owner@example.com", name = "Second", role = "owner" })).FieldErrorsAsync("role"));

        var unassigned = await admin.CreateCustomerAsync();
        Assert.NotEmpty(await (await admin.PostJsonAsync($"/api/v1/client-centers/{centerId}/users", new { customerId = unassigned.Id(), email = "x@example.com", name = "X" })).FieldErrorsAsync("customerId"));
        var inactive = await admin.CreateCustomerAsync(extra: new { clientCenterId = centerId, isActive = false });
        Assert.NotEmpty(await (await admin.PostJsonAsync($"/api/v1/client-centers/{centerId}/users", new { customerId = inactive.Id(), email = "y@example.com", name = "Y" })).FieldErrorsAsync("customerId"));
        Assert.Equal(1, await app.WithDbAsync(db => db.PortalUsers.CountAsync(u => u.ClientCenterId == centerId)));
    }

    [Fact]
    public async Task A_password_reset_link_works_once_and_not_after_it_expires_and_unknown_emails_get_the_same_answer()
    {
        var (admin, centerId, slug, customerId, contactId) = await SetupAsync();
        var email = (await (await admin.PostJsonAsync($"/api/v1/client-centers/{centerId}/users", new { customerId, contactId })).ReadAsync())["email"]!.GetValue<string>();
        var page = app.NewPageClient();
        var accept = await page.GetAsync(await LinkFromOutboxAsync(email, "/accept?token="));
        await page.SubmitAsync(accept, "@set-password", new Dictionary<string, string?> { ["Input.Password"] = "first passphrase!", ["Input.Confirm"] = "first passphrase!" });

        var forgot = await page.GetAsync($"/cc/{slug}/forgot");
        var known = await page.SubmitAsync(forgot, "@forgot", new Dictionary<string, string?> { ["Input.Email"] = email });
        var unknown = await page.SubmitAsync(await page.GetAsync($"/cc/{slug}/forgot"), "@forgot", new Dictionary<string, string?> { ["Input.Email"] = "nobody@example.com" });
        Assert.Equal(known.QuerySelector(".flash")!.TextContent, unknown.QuerySelector(".flash")!.TextContent);

        var link = await LinkFromOutboxAsync(email, "/reset?token=");
        await app.WithDbAsync(db => db.PortalTokens.Where(t => t.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        var expired = await page.GetAsync(link);
        Assert.NotNull(expired.QuerySelector(".flash.error"));

        await page.SubmitAsync(await page.GetAsync($"/cc/{slug}/forgot"), "@forgot", new Dictionary<string, string?> { ["Input.Email"] = email });
        var fresh = await page.GetAsync(await LinkFromOutboxAsync(email, "/reset?token="));
        var done = await page.SubmitAsync(fresh, "@set-password", new Dictionary<string, string?> { ["Input.Password"] = "second passphrase", ["Input.Confirm"] = "second passphrase" });
        Assert.NotNull(done.QuerySelector(".flash.success"));
    }

    [Fact]
    public async Task The_outbox_writes_eml_files_and_a_worker_crashing_after_sending_loses_nothing()
    {
        var (admin, centerId, _, customerId, contactId) = await SetupAsync();
        var email = (await (await admin.PostJsonAsync($"/api/v1/client-centers/{centerId}/users", new { customerId, contactId })).ReadAsync())["email"]!.GetValue<string>();
        var id = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).Select(m => m.Id).SingleAsync());
        // Other tests of this class leave messages behind: make this one the only one due.
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id != id && m.SentAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, DateTime.UtcNow)));
        var crashing = new CrashAfterSend();
        using var crashingApp = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IMailTransport>(crashing)));
        var worker = crashingApp.Services.GetRequiredService<OutboxWorker>();

        await Assert.ThrowsAsync<OperationCanceledException>(() => DeliverUntilIdleAsync(worker));
        Assert.Single(crashing.Sent);
        Assert.Null(await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.SentAt).SingleAsync()));

        // The dead worker's claim runs out; any instance picks the message up again and sends it (at least once).
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, DateTime.UtcNow.AddSeconds(-1))));
        var healthy = app.Services.GetRequiredService<OutboxWorker>();
        await DeliverUntilIdleAsync(healthy);

        Assert.NotNull(await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.SentAt).SingleAsync()));
        var folder = app.Services.GetRequiredService<EmlFileTransport>().Folder;
        var eml = Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f)).Single(m => m.MessageId == $"outbox-{id}@customer-center");
        Assert.Equal(email, eml.To.Mailboxes.Single().Address);
        Assert.Equal(crashing.Sent[0].MessageId, eml.MessageId);
    }

    private static async Task DeliverUntilIdleAsync(OutboxWorker worker)
    {
        for (var i = 0; i < 50 && await worker.DeliverNextAsync(CancellationToken.None); i++)
        {
        }
    }

    private async Task<string> LinkFromOutboxAsync(string email, string marker)
    {
        var body = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).OrderByDescending(m => m.Id).Select(m => m.TextBody).FirstAsync());
        var url = LinkPattern().Match(body).Value;
        Assert.Contains(marker, url, StringComparison.Ordinal);
        return new Uri(url).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();

    private sealed class CrashAfterSend : IMailTransport
    {
        public List<MimeMessage> Sent { get; } = [];

        public Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            Sent.Add(message);
            throw new OperationCanceledException("The process died right after the SMTP server accepted the message.");
        }
    }
}
