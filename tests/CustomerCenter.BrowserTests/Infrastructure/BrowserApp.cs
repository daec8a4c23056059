using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CustomerCenter.BrowserTests.Infrastructure;

/// <summary>
/// The whole application on real Kestrel at https://127.0.0.1:{free port} (see <see cref="LoopbackCertificate"/>),
/// on a fresh SQLite file in its own temp folder, so a real browser can reach it. Browser tests run on SQLite
/// only: the web tests cover both databases, and a browser journey checks the pages, not the provider.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    /// <summary>The first Admin the app creates on a new database.</summary>
    public const string AdminEmail = "admin@customer-center.local";

    public const string AdminPassword = "correct horse battery staple";

    private readonly bool _demoData;
    private readonly X509Certificate2 _certificate = LoopbackCertificate.Create();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-browser-tests", Guid.NewGuid().ToString("N"));

    /// <param name="demoData">Seed the demo customers, as a new installation does (for screenshots).</param>
    public BrowserApp(bool demoData = false)
    {
        _demoData = demoData;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
    }

    /// <summary>The root URL the server listens on; starts the server (and migrates the database) on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        // Outside Development the static web assets (app.css, blazor.web.js) are only mapped from a publish
        // folder; this maps them from the build output as `dotnet run` does.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:CustomerCenter", $"Data Source={Path.Combine(_folder, "customer-center.db")}");
        builder.UseSetting("DemoData:Enabled", _demoData ? "true" : "false");
        builder.UseSetting("DataFolder", _folder);
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _certificate.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
    }
}
