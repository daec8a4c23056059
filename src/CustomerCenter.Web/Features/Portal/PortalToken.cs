namespace CustomerCenter.Web.Features.Portal;

/// <summary>A single-use, expiring link secret (invitation or password reset). Only its SHA-256 hash is stored.</summary>
public sealed class PortalToken
{
    public long Id { get; set; }

    public long PortalUserId { get; set; }

    public PortalTokenPurpose Purpose { get; set; }

    public required string TokenHash { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }

    public DateTime CreatedAt { get; set; }
}
