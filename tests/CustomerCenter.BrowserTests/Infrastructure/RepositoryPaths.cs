namespace CustomerCenter.BrowserTests.Infrastructure;

/// <summary>Folders relative to the repository root, wherever the test assembly runs from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where a failing test leaves a screenshot of the page it failed on (CI keeps .test-results).</summary>
    public static string FailureScreenshots => Path.Combine(Root, ".test-results", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CustomerCenter.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
