using System.Security.Claims;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>How the acting staff user (or API key) is named on comments.</summary>
public static class StaffNames
{
    public static string DisplayName(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.GivenName) ?? user.FindFirstValue(ClaimTypes.Name) ?? "unknown";
}
