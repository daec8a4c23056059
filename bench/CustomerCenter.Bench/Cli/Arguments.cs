using System.Globalization;

namespace CustomerCenter.Bench.Cli;

/// <summary>Words first (<c>generate customers</c>), then <c>--name value</c> options and <c>--flag</c>s.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private Arguments(List<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public static Arguments Parse(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        var parsed = new Arguments(words);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(args[i]);
                continue;
            }

            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            parsed._options[args[i][2..]] = hasValue ? args[++i] : null;
        }

        return parsed;
    }

    public string Word(int index) => index < Words.Count ? Words[index] : "";

    public bool Flag(string name) => _options.ContainsKey(name);

    public string? Text(string name) => _options.GetValueOrDefault(name);

    public string Text(string name, string fallback) => _options.GetValueOrDefault(name) ?? fallback;

    public int Int(string name, int fallback) =>
        _options.GetValueOrDefault(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
