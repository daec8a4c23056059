namespace CustomerCenter.Web.Features.Portal;

/// <summary>Who manages portal users: staff (any customer) or a portal Owner/Admin (their own customer only).</summary>
public sealed record PortalActor(long? PortalUserId, long? CustomerId, PortalRole? Role)
{
    public static readonly PortalActor Staff = new(null, null, null);

    public bool IsStaff => PortalUserId is null;
}
