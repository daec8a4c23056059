using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// An Admin staff user (payments need Finance, posting and the rest Sales: Admin may do both) the bench signs in as (for the pages) and a fresh API key (for the API), written
/// through the app's own context so they are hashed and audited like any other.
/// </summary>
internal static class BenchCredentials
{
    public const string Email = "bench@customer-center.local";
    public const string Password = "bench password, only for the benchmark database";
    private const string KeyName = "bench";

    public static async Task<string> EnsureAsync(BenchDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var hasher = new PasswordHasher<StaffUser>();
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.NormalizedEmail == StaffEmails.Normalize(Email), ct);
        if (user is null)
        {
            user = new StaffUser { Email = Email, NormalizedEmail = StaffEmails.Normalize(Email), DisplayName = "Bench", Role = StaffRole.Admin };
            db.StaffUsers.Add(user);
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, Password) == PasswordVerificationResult.Failed)
        {
            user.PasswordHash = hasher.HashPassword(user, Password);
        }

        user.Role = StaffRole.Admin;
        user.IsActive = true;
        user.LockoutEndsAt = null;
        user.FailedSignInCount = 0;
        var now = db.Clock.GetUtcNow().UtcDateTime;
        await db.ApiKeys.Where(k => k.Name == KeyName && k.RevokedAt == null).ForEachAsync(k => k.RevokedAt = now, ct);
        await db.SaveChangesAsync(ct);
        var (key, _) = await ApiKeyIssuer.IssueAsync(db, KeyName, StaffRole.Admin, "bench", ct);
        return key;
    }
}
