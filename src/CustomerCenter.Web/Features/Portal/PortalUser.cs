using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Identity;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>A login of one customer's contact to one Client Center.</summary>
public sealed class PortalUser : IAudited, IVersioned, ILockableAccount
{
    public long Id { get; set; }

    public long ClientCenterId { get; set; }

    public long CustomerId { get; set; }

    public long? ContactId { get; set; }

    public required string Email { get; set; }

    public required string NormalizedEmail { get; set; }

    public required string Name { get; set; }

    public PortalRole Role { get; set; }

    /// <summary>Empty until the invitation is accepted and a password chosen.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Changes on password change, role change or deactivation: older cookies stop working everywhere.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsActive { get; set; } = true;

    public int FailedSignInCount { get; set; }

    public DateTime? LockoutEndsAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }

    long? IAudited.AuditCustomerId => CustomerId;
}
