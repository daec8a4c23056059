using Microsoft.Playwright;

namespace CustomerCenter.BrowserTests.Infrastructure;

/// <summary>
/// Launches the distribution's Chromium (test.sh installs Debian's <c>chromium</c>): Playwright's own browser
/// download needs the internet, which CI does not have. CC_CHROMIUM overrides the path.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CC_CHROMIUM") ?? "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {ExecutablePath}: install it (apt-get install chromium) or set CC_CHROMIUM.");
        }

        // CI has two cores shared with builds: Playwright's 5 s default for assertions is too tight there.
        Assertions.SetDefaultExpectTimeout(15_000);

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox: CI runs as root in a container. The rest keeps Chromium from calling home.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }
}
