using System.Net.Mail;

namespace CustomerCenter.Web.Features.Common;

/// <summary>Checks shared by every form and endpoint that takes free text.</summary>
public static class TextRules
{
    /// <summary>Adds an error when the text is longer than allowed or carries control characters.</summary>
    public static void CheckText(ValidationErrors errors, string field, string? value, int maxLength, bool multiline = false, string? label = null)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > maxLength)
        {
            errors.Add(field, $"{label ?? "This field"} can have at most {maxLength} characters.");
            return;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                errors.Add(field, $"{label ?? "This field"} contains characters that are not allowed.");
                return;
            }
        }
    }

    public static void CheckRequired(ValidationErrors errors, string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{label} is required.");
        }
    }

    public static bool IsEmail(string value)
    {
        if (value.Length > 254 || value.Any(char.IsWhiteSpace) || value.Any(char.IsControl))
        {
            return false;
        }

        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return false;
        }

        var domain = value[(at + 1)..];
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
            && MailAddress.TryCreate(value, out var parsed) && parsed.Address == value;
    }

    public static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
