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

/// <summary>Staff password check under the lockout rule.</summary>
public sealed class StaffSignIn(AppDbContext db, IPasswordHasher<StaffUser> hasher)
{
    public async Task<(SignInOutcome Outcome, StaffUser? User)> CheckAsync(string email, string password, CancellationToken ct)
    {
        var normalized = StaffEmails.Normalize(email);
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null || !user.IsActive)
        {
            // Same work as a real check, so response time does not tell which emails exist.
            hasher.VerifyHashedPassword(DummyUser, DummyHash, password);
            return (SignInOutcome.Failed, null);
        }

        var outcome = await PasswordLockout.CheckAsync(db, hasher, user, user.PasswordHash, password, hash => user.PasswordHash = hash, ct);
        return (outcome, outcome == SignInOutcome.Succeeded ? user : null);
    }

    private static readonly StaffUser DummyUser = new() { Email = "", NormalizedEmail = "", DisplayName = "" };
    private static readonly string DummyHash = new PasswordHasher<StaffUser>().HashPassword(DummyUser, Guid.NewGuid().ToString());
}
