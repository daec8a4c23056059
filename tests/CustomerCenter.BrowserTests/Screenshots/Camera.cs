using Microsoft.Playwright;

namespace CustomerCenter.BrowserTests.Screenshots;

/// <summary>
/// Saves numbered full-page PNGs of a page into one folder, and notes beside them what a picture hides:
/// every console error (CSP violations included) in console-errors.txt, and every box whose content is
/// wider than the box (so it scrolls sideways or spills) in overflow.txt.
/// </summary>
public sealed class Camera
{
    private readonly IPage _page;
    private readonly string _folder;
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _files = [];
    private readonly List<string> _overflows = [];
    private string _current = "(before the first screenshot)";

    public Camera(IPage page, string folder)
    {
        _page = page;
        _folder = folder;
        Directory.CreateDirectory(folder);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add($"{_current} [{message.Type}] {page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_consoleErrors)
            {
                _consoleErrors.Add($"{_current} [script error] {page.Url}: {error}");
            }
        };
    }

    public IReadOnlyList<string> Files => _files;

    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (_consoleErrors)
            {
                return [.. _consoleErrors];
            }
        }
    }

    /// <summary>Opens <paramref name="path"/> and shoots it.</summary>
    public async Task ShootAsync(string name, string path)
    {
        _current = name;
        await _page.GotoAsync(path);
        await ShootCurrentAsync(name);
    }

    /// <summary>
    /// Shoots the page as it is now, once the network is quiet (the API reference renders in script);
    /// the whole page, or only the first screenful for a page too long to review whole.
    /// </summary>
    public async Task ShootCurrentAsync(string name, bool fullPage = true)
    {
        _current = name;
        await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var file = Path.Combine(_folder, $"{_files.Count + 1:00}-{name}.png");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = fullPage });
        _files.Add(file);
        foreach (var overflow in await _page.EvaluateAsync<string[]>(FindOverflowsScript))
        {
            _overflows.Add($"{Path.GetFileName(file)}: {overflow}");
        }
    }

    public IReadOnlyList<string> Overflows => _overflows;

    private const string FindOverflowsScript = """
        () => {
          const found = [];
          const root = document.documentElement;
          if (root.scrollWidth > window.innerWidth) {
            found.push(`the page is ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);
          }
          for (const box of document.querySelectorAll('.content, .card, .table-wrap')) {
            if (box.scrollWidth > box.clientWidth + 1) {
              const title = (box.querySelector('h2, th')?.textContent ?? '').trim();
              found.push(`.${box.className.replaceAll(' ', '.')} "${title}" holds ${box.scrollWidth}px of content in ${box.clientWidth}px`);
            }
          }
          return found;
        }
        """;

    public async Task WriteNotesAsync()
    {
        var errors = ConsoleErrors;
        await File.WriteAllLinesAsync(Path.Combine(_folder, "console-errors.txt"), errors.Count == 0 ? ["(none)"] : errors);
        await File.WriteAllLinesAsync(Path.Combine(_folder, "overflow.txt"), _overflows.Count == 0 ? ["(none)"] : _overflows);
    }
}
