using Microsoft.Playwright;

namespace CustomerCenter.BrowserTests.Infrastructure;

/// <summary>
/// Watches a page for what a person would not see: console errors (a Content-Security-Policy violation is one),
/// uncaught script errors and server errors; and logs every page load, enhanced navigation and form post,
/// so a failure can be traced step by step.
/// </summary>
public sealed class PageLog
{
    private readonly List<string> _entries = [];
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => Snapshot(_problems);

    public IReadOnlyList<string> Entries => Snapshot(_entries);

    /// <param name="page">The page to watch from now on.</param>
    public static PageLog Watch(IPage page)
    {
        var log = new PageLog();
        page.Request += (_, request) =>
        {
            if (request.ResourceType is "document" or "fetch" || request.Method != "GET")
            {
                log.Add($"{request.Method} {request.Url} ({request.ResourceType})");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                log.AddProblem($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => log.AddProblem($"script error on {page.Url}: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                log.AddProblem($"server error {response.Status} for {response.Request.Method} {response.Url}");
            }
        };
        return log;
    }

    private void Add(string entry)
    {
        lock (_entries)
        {
            _entries.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {entry}");
        }
    }

    private void AddProblem(string problem)
    {
        Add("PROBLEM: " + problem);
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    private static List<string> Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
