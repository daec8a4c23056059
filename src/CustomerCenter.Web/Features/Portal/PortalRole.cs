namespace CustomerCenter.Web.Features.Portal;

/// <summary>Roles of a customer's own people in the portal. One Owner per customer; an Admin can't touch the Owner.</summary>
public enum PortalRole
{
    Owner,
    Admin,
    User,
}
