using System.Globalization;
using System.Security.Claims;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>The portal session: its own cookie scheme and claims, never accepted by the workspace or another center.</summary>
public static class PortalClaims
{
    public const string Scheme = "portal";
    public const string Policy = "portal-member";
    public const string UserId = "portal-user";
    public const string CustomerId = "portal-customer";
    public const string CenterSlug = "portal-center";
    public const string Role = "portal-role";
    public const string Stamp = "portal-stamp";

    public static ClaimsPrincipal For(PortalUser user, ClientCenter center) => new(new ClaimsIdentity(
        [
            new Claim(UserId, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(CustomerId, user.CustomerId.ToString(CultureInfo.InvariantCulture)),
            new Claim(CenterSlug, center.Slug),
            new Claim(Role, user.Role.ToString()),
            new Claim(Stamp, user.SecurityStamp),
            new Claim(ClaimTypes.Name, $"{user.Name} <{user.Email}> (portal)"),
        ],
        Scheme));

    public static long? PortalUserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(UserId), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static long? PortalCustomerId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(CustomerId), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static PortalRole? PortalRoleOf(this ClaimsPrincipal principal) =>
        Enum.TryParse<PortalRole>(principal.FindFirstValue(Role), out var role) ? role : null;
}
