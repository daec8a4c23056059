namespace CustomerCenter.Web.Features.Identity;

/// <summary>Authorization policy names. Viewer reads only; every write needs one of the others.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string CanEdit = "can-edit";
    public const string Admin = "admin";
    public const string Finance = "finance";
    public const string Sales = "sales";
}
