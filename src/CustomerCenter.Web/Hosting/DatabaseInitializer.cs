using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.DemoData;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Hosting;

/// <summary>
/// Brings the database to the current schema at startup; on a new database creates the first Admin
/// (password generated and printed once) and, unless turned off, the demo data.
/// </summary>
internal static class DatabaseInitializer
{
    public const string DefaultAdminEmail = "admin@customer-center.local";

    /// <summary>What to print once the server listens: the URL needs the server, the password needs the database.</summary>
    public sealed class FirstAdmin
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public List<string> DemoLogins { get; } = [];
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await PrepareAsync(scope.ServiceProvider, app.Configuration, CancellationToken.None);
        }

        app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app));
    }

    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var isNew = !(await db.Database.GetAppliedMigrationsAsync(ct)).Any();
        await db.Database.MigrateAsync(ct);
        if (await db.StaffUsers.AnyAsync(ct))
        {
            return;
        }

        var first = services.GetRequiredService<FirstAdmin>();
        var email = configuration["Bootstrap:AdminEmail"] ?? DefaultAdminEmail;
        var password = configuration["Bootstrap:AdminPassword"] ?? PasswordRules.Generate();
        var hasher = services.GetRequiredService<IPasswordHasher<StaffUser>>();
        var admin = new StaffUser
        {
            Email = email,
            NormalizedEmail = StaffEmails.Normalize(email),
            DisplayName = "Administrator",
            Role = StaffRole.Admin,
        };
        admin.PasswordHash = hasher.HashPassword(admin, password);
        db.StaffUsers.Add(admin);
        await db.SaveChangesAsync(ct);
        first.Email = email;
        first.Password = password;

        if (isNew && configuration.GetValue("DemoData:Enabled", true))
        {
            var seeder = ActivatorUtilities.CreateInstance<DemoDataSeeder>(services);
            first.DemoLogins.AddRange(await seeder.SeedAsync(ct));
            await ActivatorUtilities.CreateInstance<DemoSalesSeeder>(services).SeedAsync(ct);
            first.DemoLogins.AddRange(await ActivatorUtilities.CreateInstance<DemoPortalSeeder>(services).SeedAsync(ct));
        }
    }

    private static void PrintWelcome(WebApplication app)
    {
        var first = app.Services.GetRequiredService<FirstAdmin>();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("Customer Center is running.");
        foreach (var address in addresses)
        {
            Console.WriteLine($"  Open {address}");
        }

        if (first.Email is not null)
        {
            Console.WriteLine($"  Staff sign-in (Admin): {first.Email}  password: {first.Password}");
            Console.WriteLine("  This password is shown only once: change it after signing in.");
            foreach (var login in first.DemoLogins)
            {
                Console.WriteLine($"  {login}");
            }
        }

        Console.WriteLine();
    }
}
