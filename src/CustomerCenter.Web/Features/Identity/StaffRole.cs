namespace CustomerCenter.Web.Features.Identity;

public enum StaffRole
{
    Admin,
    Sales,
    Finance,
    Viewer,
}
