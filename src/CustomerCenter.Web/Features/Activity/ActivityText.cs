using System.Text;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>Small text helpers for timeline lines: plain text, bounded length.</summary>
public static class ActivityText
{
    /// <summary>"partlyDelivered" or "CreditLimitMinor" → "partly delivered", "credit limit".</summary>
    public static string Humanize(string name)
    {
        var trimmed = name.EndsWith("Minor", StringComparison.Ordinal) && name.Length > 5 ? name[..^5] : name;
        var text = new StringBuilder(trimmed.Length + 4);
        foreach (var c in trimmed)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>Cuts at <paramref name="max"/> characters with an ellipsis; null stays null.</summary>
    public static string? Truncate(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
