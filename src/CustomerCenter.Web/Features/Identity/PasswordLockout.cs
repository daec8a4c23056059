using CustomerCenter.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace CustomerCenter.Web.Features.Identity;

/// <summary>What the lockout rule keeps on an account that signs in with a password (staff and portal users).</summary>
public interface ILockableAccount
{
    int FailedSignInCount { get; set; }

    DateTime? LockoutEndsAt { get; set; }

    DateTime? LastSignInAt { get; set; }
}

/// <summary>One password attempt under the lockout rule: five wrong passwords lock the account for fifteen minutes.</summary>
public static class PasswordLockout
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static async Task<SignInOutcome> CheckAsync<TUser>(
        AppDbContext db, IPasswordHasher<TUser> hasher, TUser user, string storedHash, string password, Action<string> storeHash, CancellationToken ct)
        where TUser : class, ILockableAccount
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        if (user.LockoutEndsAt > now)
        {
            return SignInOutcome.LockedOut;
        }

        var result = hasher.VerifyHashedPassword(user, storedHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            user.FailedSignInCount++;
            if (user.FailedSignInCount >= MaxFailures)
            {
                user.LockoutEndsAt = now + LockoutDuration;
                user.FailedSignInCount = 0;
            }

            await db.SaveChangesAsync(ct);
            return user.LockoutEndsAt > now ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            storeHash(hasher.HashPassword(user, password));
        }

        user.FailedSignInCount = 0;
        user.LockoutEndsAt = null;
        user.LastSignInAt = now;
        await db.SaveChangesAsync(ct);
        return SignInOutcome.Succeeded;
    }
}
