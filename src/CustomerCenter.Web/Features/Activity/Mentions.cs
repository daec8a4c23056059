using System.Text.RegularExpressions;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>
/// "@anna" in a comment names the staff user whose email starts with "anna@". The handle is the
/// email's local part because it is already unique in practice and people know it.
/// </summary>
public static partial class Mentions
{
    public static string HandleOf(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return (at > 0 ? email[..at] : email).ToLowerInvariant();
    }

    /// <summary>The distinct handles written in <paramref name="text"/>, lower case.</summary>
    public static IReadOnlySet<string> Find(string text) =>
        Pattern().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('.', '-', '_').ToLowerInvariant()).Where(h => h.Length > 0).ToHashSet();

    /// <summary>
    /// The text cut into plain runs and mentions, so a page can highlight mentions without ever
    /// treating the text as markup. A mention of <paramref name="myHandle"/> is flagged as mine.
    /// </summary>
    public static IReadOnlyList<TextRun> Split(string text, IReadOnlySet<string> knownHandles, string? myHandle)
    {
        var runs = new List<TextRun>();
        var position = 0;
        foreach (Match match in Pattern().Matches(text))
        {
            var handle = match.Groups[1].Value.TrimEnd('.', '-', '_');
            if (!knownHandles.Contains(handle.ToLowerInvariant()))
            {
                continue;
            }

            if (match.Index > position)
            {
                runs.Add(new TextRun(text[position..match.Index], false, false));
            }

            var length = handle.Length + 1;
            runs.Add(new TextRun(text.Substring(match.Index, length), true, string.Equals(handle, myHandle, StringComparison.OrdinalIgnoreCase)));
            position = match.Index + length;
        }

        if (position < text.Length)
        {
            runs.Add(new TextRun(text[position..], false, false));
        }

        return runs;
    }

    // An @ that starts a word (not the middle of an email address), then the handle.
    [GeneratedRegex(@"(?<![\w@.])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>A piece of a comment: plain text, or a mention (of the reader, or of someone else).</summary>
public sealed record TextRun(string Text, bool IsMention, bool IsMine);
