using System.Security.Cryptography;
using System.Text;

namespace CustomerCenter.Web.Features.Identity;

/// <summary>
/// API keys are 256 random bits, so a fast SHA-256 is the right hash (a slow password hash adds nothing
/// against brute force here and would make every API call pay for it).
/// </summary>
public static class ApiKeySecrets
{
    private const string KeyPrefix = "cc_";

    public static string NewKey() =>
        KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string DisplayPrefix(string key) => key[..Math.Min(10, key.Length)];
}
