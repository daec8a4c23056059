using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>Portal password check under the same lockout rule as staff.</summary>
public sealed class PortalSignIn(AppDbContext db, IPasswordHasher<PortalUser> hasher)
{
    public async Task<(SignInOutcome Outcome, PortalUser? User)> CheckAsync(ClientCenter center, string email, string password, CancellationToken ct)
    {
        var normalized = StaffEmails.Normalize(email);
        var user = await db.PortalUsers.FirstOrDefaultAsync(u => u.ClientCenterId == center.Id && u.NormalizedEmail == normalized, ct);
        var customerActive = user is not null
            && await db.Customers.AnyAsync(c => c.Id == user.CustomerId && c.IsActive && c.TrashedAt == null && c.ClientCenterId == center.Id, ct);
        if (user is null || !user.IsActive || user.PasswordHash is null || !customerActive || !center.IsActive)
        {
            hasher.VerifyHashedPassword(Dummy, DummyHash, password);
            return (SignInOutcome.Failed, null);
        }

        var outcome = await PasswordLockout.CheckAsync(db, hasher, user, user.PasswordHash, password, hash => user.PasswordHash = hash, ct);
        return (outcome, outcome == SignInOutcome.Succeeded ? user : null);
    }

    private static readonly PortalUser Dummy = new() { Email = "", NormalizedEmail = "", Name = "" };
    private static readonly string DummyHash = new PasswordHasher<PortalUser>().HashPassword(Dummy, Guid.NewGuid().ToString());
}
