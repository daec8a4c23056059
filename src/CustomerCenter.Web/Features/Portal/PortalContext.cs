using System.Text.Json.Nodes;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>Everything a portal page needs about where it is and who is looking: center, settings, user, permissions.</summary>
public sealed record PortalContext(
    ClientCenter Center,
    JsonObject EffectiveSettings,
    PortalLook Look,
    PortalUser? User,
    PortalPermissions? Permissions)
{
    public string Root => $"/cc/{Center.Slug}";

    public long CustomerId => User?.CustomerId ?? throw new InvalidOperationException("No portal user is signed in.");
}
