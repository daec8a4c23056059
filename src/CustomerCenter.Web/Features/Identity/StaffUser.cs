using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Identity;

public sealed class StaffUser : IAudited, IVersioned, ILockableAccount
{
    public long Id { get; set; }

    public required string Email { get; set; }

    /// <summary>Upper-cased email, unique, so sign-in is case-insensitive on every database.</summary>
    public required string NormalizedEmail { get; set; }

    public required string DisplayName { get; set; }

    public StaffRole Role { get; set; }

    public string PasswordHash { get; set; } = "";

    /// <summary>Changes on password change or deactivation; cookies carrying an older stamp stop working.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsActive { get; set; } = true;

    public int FailedSignInCount { get; set; }

    public DateTime? LockoutEndsAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    public long Version { get; set; }

    long? IAudited.AuditCustomerId => null;
}
