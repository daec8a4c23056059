namespace CustomerCenter.Web.Features.Portal;

public enum PortalTokenPurpose
{
    Invitation,
    PasswordReset,
}
