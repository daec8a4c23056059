namespace CustomerCenter.Web.Features.Identity;

/// <summary>Length over composition rules (NIST SP 800-63B): at least 10 characters, at most 200.</summary>
public static class PasswordRules
{
    public const int MinLength = 10;
    public const int MaxLength = 200;

    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return $"The password must have at least {MinLength} characters.";
        }

        if (password.Length > MaxLength)
        {
            return $"The password can have at most {MaxLength} characters.";
        }

        return string.IsNullOrWhiteSpace(password) ? "The password can't be only spaces." : null;
    }

    public static string Generate()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        return string.Create(16, alphabet, (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[System.Security.Cryptography.RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });
    }
}
