using System.Security.Claims;

namespace CustomerCenter.Web.Features.Identity;

public static class StaffPrincipal
{
    public static ClaimsPrincipal For(StaffUser user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, $"{user.DisplayName} <{user.Email}>"),
            new Claim(ClaimTypes.Email, user.Email),
            new Claim(ClaimTypes.GivenName, user.DisplayName),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
            new Claim(StaffSchemes.StampClaim, user.SecurityStamp),
            new Claim(StaffSchemes.KindClaim, "staff"),
        ],
        StaffSchemes.Cookie));

    public static ClaimsPrincipal For(ApiKey key) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "key:" + key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, $"API key '{key.Name}'"),
            new Claim(ClaimTypes.Role, key.Role.ToString()),
            new Claim(StaffSchemes.KindClaim, "api-key"),
        ],
        StaffSchemes.ApiKey));

    /// <summary>The staff user id of a cookie principal; null for API keys.</summary>
    public static long? StaffUserId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(StaffSchemes.KindClaim) == "staff"
        && long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : null;

    /// <summary>A stable key for per-user preferences (column choices) of staff and API keys alike.</summary>
    public static string PreferenceKey(this ClaimsPrincipal principal) =>
        "staff:" + (principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous");
}
