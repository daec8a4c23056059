namespace CustomerCenter.Web.Features.Identity;

public static class StaffEmails
{
    public static string Normalize(string? email) => (email ?? "").Trim().ToUpperInvariant();
}
