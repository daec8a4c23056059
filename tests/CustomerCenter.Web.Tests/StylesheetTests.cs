using System.Text.RegularExpressions;
using CustomerCenter.Web.Tests.Infrastructure;

namespace CustomerCenter.Web.Tests;

/// <summary>
/// The stylesheet as served: an unclosed block (easy to make when two branches add rules at the end) makes
/// the browser read every later rule as part of it, and whole pages lose their styles without any error.
/// </summary>
public sealed partial class StylesheetTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task App_css_closes_every_block_it_opens()
    {
        var css = await app.CreateClient().GetStringAsync(new Uri("/app.css", UriKind.Relative));
        var code = StringsAndComments().Replace(css, "");

        var depth = 0;
        var line = 1;
        foreach (var c in code)
        {
            line += c == '\n' ? 1 : 0;
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.True(depth >= 0, $"A '}}' without its '{{' near line {line}.");
            Assert.True(depth <= 2, $"Blocks nested three deep near line {line}: a '}}' is missing above.");
        }

        Assert.Equal(0, depth);
        Assert.Contains(".chart-bar", css, StringComparison.Ordinal);
    }

    [GeneratedRegex("""/\*.*?\*/|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'""", RegexOptions.Singleline)]
    private static partial Regex StringsAndComments();
}
