namespace CustomerCenter.Web.Features.Portal;

public enum SettingType
{
    Section,
    Flag,
    Text,
    Number,
    TextList,
}

/// <summary>
/// One key of the Client Center settings document: its type, default, meaning and limits. The tree of
/// these is the single source for validation, defaults, the JSON Schema and the reference page.
/// </summary>
public sealed record SettingNode(string Key, SettingType Type, string Description)
{
    public IReadOnlyList<SettingNode> Children { get; init; } = [];

    public object? Default { get; init; }

    public int? MaxLength { get; init; }

    public int? MaxItems { get; init; }

    public int? Minimum { get; init; }

    public int? Maximum { get; init; }

    /// <summary>A regular expression the string must match (anchored).</summary>
    public string? Pattern { get; init; }

    public string? PatternHint { get; init; }
}
