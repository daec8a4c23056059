using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>Portal password check with the same lockout as staff: five failures lock the login for fifteen minutes.</summary>
public sealed class PortalSignIn(AppDbContext db, IPasswordHasher<PortalUser> hasher)
{
    public async Task<(SignInOutcome Outcome, PortalUser? User)> CheckAsync(ClientCenter center, string email, string password, CancellationToken ct)
    {
        var normalized = StaffEmails.Normalize(email);
        var user = await db.PortalUsers.FirstOrDefaultAsync(u => u.ClientCenterId == center.Id && u.NormalizedEmail == normalized, ct);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var customerActive = user is not null
            && await db.Customers.AnyAsync(c => c.Id == user.CustomerId && c.IsActive && c.TrashedAt == null && c.ClientCenterId == center.Id, ct);
        if (user is null || !user.IsActive || user.PasswordHash is null || !customerActive || !center.IsActive)
        {
            hasher.VerifyHashedPassword(Dummy, DummyHash, password);
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
            if (user.FailedSignInCount >= StaffSignIn.MaxFailures)
            {
                user.LockoutEndsAt = now + StaffSignIn.LockoutDuration;
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

    private static readonly PortalUser Dummy = new() { Email = "", NormalizedEmail = "", Name = "" };
    private static readonly string DummyHash = new PasswordHasher<PortalUser>().HashPassword(Dummy, Guid.NewGuid().ToString());
}
