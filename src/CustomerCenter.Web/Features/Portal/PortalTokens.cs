using System.Security.Cryptography;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>Single-use, expiring secrets for invitation and password-reset links.</summary>
public static class PortalTokens
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(2);

    /// <summary>Adds a token to the unit of work and returns the secret for the link; earlier unused tokens of that purpose stop working.</summary>
    public static async Task<string> IssueAsync(AppDbContext db, PortalUser user, PortalTokenPurpose purpose, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        await db.PortalTokens.Where(t => t.PortalUserId == user.Id && t.Purpose == purpose && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        db.PortalTokens.Add(new PortalToken
        {
            PortalUserId = user.Id,
            Purpose = purpose,
            TokenHash = ApiKeySecrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now + (purpose == PortalTokenPurpose.Invitation ? InvitationLifetime : ResetLifetime),
        });
        return secret;
    }

    /// <summary>Uses a token once: the UPDATE only succeeds for an unused, unexpired token, so two tabs can't both use it.</summary>
    public static async Task<long?> RedeemAsync(AppDbContext db, string? secret, PortalTokenPurpose purpose, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100)
        {
            return null;
        }

        var hash = ApiKeySecrets.Hash(secret);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var token = await db.PortalTokens.AsNoTracking()
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == purpose && t.UsedAt == null && t.ExpiresAt > now, ct);
        if (token is null)
        {
            return null;
        }

        var used = await db.PortalTokens.Where(t => t.Id == token.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        return used == 1 ? token.PortalUserId : null;
    }

    /// <summary>Whether a token is still usable, without using it (to show the form).</summary>
    public static Task<bool> IsValidAsync(AppDbContext db, string? secret, PortalTokenPurpose purpose, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100)
        {
            return Task.FromResult(false);
        }

        var hash = ApiKeySecrets.Hash(secret);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        return db.PortalTokens.AnyAsync(t => t.TokenHash == hash && t.Purpose == purpose && t.UsedAt == null && t.ExpiresAt > now, ct);
    }
}
