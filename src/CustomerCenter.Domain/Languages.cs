namespace CustomerCenter.Domain;

/// <summary>The languages customers can choose for the portal and their documents.</summary>
public static class Languages
{
    /// <summary>The language used when a customer has not chosen one.</summary>
    public const string Default = "en";

    /// <summary>Every supported language, in the order a picker shows them.</summary>
    public static IReadOnlyList<Language> All { get; } =
    [
        new("en", "English", "English"),
        new("de", "German", "Deutsch"),
        new("fr", "French", "Français"),
        new("es", "Spanish", "Español"),
        new("it", "Italian", "Italiano"),
        new("nl", "Dutch", "Nederlands"),
        new("pt", "Portuguese", "Português"),
        new("pl", "Polish", "Polski"),
        new("cs", "Czech", "Čeština"),
        new("sv", "Swedish", "Svenska"),
        new("da", "Danish", "Dansk"),
        new("fi", "Finnish", "Suomi"),
        new("nb", "Norwegian Bokmål", "Norsk bokmål"),
        new("ja", "Japanese", "日本語"),
        new("zh", "Chinese", "中文"),
    ];

    private static readonly HashSet<string> Codes = [.. All.Select(l => l.Code)];

    /// <summary>True for a supported lower-case ISO 639-1 code.</summary>
    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
