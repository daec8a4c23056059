namespace CustomerCenter.Web.Features.Identity;

public static class StaffSchemes
{
    public const string Cookie = "staff";
    public const string ApiKey = "api-key";

    /// <summary>Picks the API key handler when a bearer header is present, the staff cookie otherwise.</summary>
    public const string StaffOrApiKey = "staff-or-api-key";

    public const string StampClaim = "stamp";
    public const string KindClaim = "kind";
}
