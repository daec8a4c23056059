using CustomerCenter.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Identity;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>Password check with lockout: five wrong passwords lock the account for fifteen minutes.</summary>
public sealed class StaffSignIn(AppDbContext db, IPasswordHasher<StaffUser> hasher, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public async Task<(SignInOutcome Outcome, StaffUser? User)> CheckAsync(string email, string password, CancellationToken ct)
    {
        var normalized = StaffEmails.Normalize(email);
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null || !user.IsActive)
        {
            // Same work as a real check, so response time does not tell which emails exist.
            hasher.VerifyHashedPassword(DummyUser, DummyHash, password);
            return (SignInOutcome.Failed, null);
        }

        if (user.LockoutEndsAt > now)
        {
            return (SignInOutcome.LockedOut, null);
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            user.FailedSignInCount++;
            if (user.FailedSignInCount >= MaxFailures)
            {
                user.LockoutEndsAt = now + LockoutDuration;
                user.FailedSignInCount = 0;
            }

            await db.SaveChangesAsync(ct);
            return (user.LockoutEndsAt > now ? SignInOutcome.LockedOut : SignInOutcome.Failed, null);
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        user.FailedSignInCount = 0;
        user.LockoutEndsAt = null;
        user.LastSignInAt = now;
        await db.SaveChangesAsync(ct);
        return (SignInOutcome.Succeeded, user);
    }

    private static readonly StaffUser DummyUser = new() { Email = "", NormalizedEmail = "", DisplayName = "" };
    private static readonly string DummyHash = new PasswordHasher<StaffUser>().HashPassword(DummyUser, Guid.NewGuid().ToString());
}
