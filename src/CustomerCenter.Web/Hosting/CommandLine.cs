using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Identity;

namespace CustomerCenter.Web.Hosting;

/// <summary>
/// Administrative commands run through the same host: <c>api-key create --name NAME --role ROLE</c>
/// prints the new key alone on the last line of standard output.
/// </summary>
internal static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "api-key";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || args[1] != "create")
        {
            return Usage();
        }

        var name = ValueOf(args, "--name");
        var roleText = ValueOf(args, "--role");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100 || !Enum.TryParse<StaffRole>(roleText, ignoreCase: true, out var role)
            || !Enum.IsDefined(role))
        {
            return Usage();
        }

        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseInitializer.PrepareAsync(scope.ServiceProvider, app.Configuration, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (key, _) = await ApiKeyIssuer.IssueAsync(db, name.Trim(), role, "command line", CancellationToken.None);
        Console.Out.WriteLine($"Created API key '{name.Trim()}' with role {role}. It is shown only this once:");
        Console.Out.WriteLine(key);
        return 0;
    }

    private static string? ValueOf(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: api-key create --name NAME --role Admin|Sales|Finance|Viewer");
        return 2;
    }
}
