using System.Net.Http.Headers;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCenter.Web.Tests.Infrastructure;

/// <summary>
/// The whole application on a fresh database of the provider under test (see <see cref="TestDatabase"/>),
/// with intent-named helpers to act as a role through the API or the pages.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    /// <summary>Tests speak HTTPS, as production does: cookies are Secure outside development.</summary>
    public static readonly Uri Https = new("https://localhost");

    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        // Starting the server runs Program, which migrates the database and creates the first Admin.
        _ = Server;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:CustomerCenter", Database.ConnectionString);
        builder.UseSetting("DemoData:Enabled", "false");
        builder.UseSetting("DataFolder", Path.Combine(Path.GetTempPath(), "cc-test-data", Guid.NewGuid().ToString("N")));
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("Bootstrap:AdminPassword", Password);
        // Tests deliver the outbox themselves (OutboxWorker.DeliverNextAsync), so nothing races them.
        builder.UseSetting("Outbox:Enabled", "false");
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Scope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        await using var scope = Scope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>An API client authenticated with a new bearer key of the given role.</summary>
    public async Task<HttpClient> ApiAs(StaffRole role)
    {
        var key = await WithDbAsync(async db => (await ApiKeyIssuer.IssueAsync(db, $"test {role}", role, "tests", default)).Key);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = Https });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Creates a staff user with <see cref="Password"/> and returns its email.</summary>
    public async Task<string> CreateStaffUserAsync(StaffRole role, string? email = null)
    {
        email ??= $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        await WithDbAsync(async db =>
        {
            var user = new StaffUser { Email = email, NormalizedEmail = StaffEmails.Normalize(email), DisplayName = $"Test {role}", Role = role };
            user.PasswordHash = new PasswordHasher<StaffUser>().HashPassword(user, Password);
            db.StaffUsers.Add(user);
            await db.SaveChangesAsync();
        });
        return email;
    }

    /// <summary>A browser-like client (cookies, no auto redirect) signed in through the real sign-in form.</summary>
    public async Task<PageClient> SignInAs(StaffRole role)
    {
        var email = await CreateStaffUserAsync(role);
        var page = NewPageClient();
        await page.SignInAsync(email, Password);
        return page;
    }

    public PageClient NewPageClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = Https }));
}
