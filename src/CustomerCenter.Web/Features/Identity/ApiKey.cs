using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Identity;

/// <summary>A bearer key for integrations. Only a SHA-256 hash is stored: the key is shown once.</summary>
public sealed class ApiKey : IAudited
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public StaffRole Role { get; set; }

    /// <summary>The first characters of the key, so people can tell keys apart in the list.</summary>
    public required string Prefix { get; set; }

    public required string KeyHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? RevokedAt { get; set; }

    long? IAudited.AuditCustomerId => null;
}
