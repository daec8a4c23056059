namespace CustomerCenter.Web.Features.Portal;

/// <summary>A new portal login: <c>{ customerId, contactId, email, name, role }</c> (contact's email and name by default).</summary>
public sealed class PortalUserInput
{
    public long? CustomerId { get; set; }

    public long? ContactId { get; set; }

    public string? Email { get; set; }

    public string? Name { get; set; }

    public PortalRole? Role { get; set; }
}

public sealed record PortalUserDto(
    long Id, long ClientCenterId, long CustomerId, long? ContactId, string Email, string Name, PortalRole Role, bool IsActive,
    bool HasPassword, DateTime? LastSignInAt, DateTime CreatedAt)
{
    public static PortalUserDto From(PortalUser u) => new(
        u.Id, u.ClientCenterId, u.CustomerId, u.ContactId, u.Email, u.Name, u.Role, u.IsActive, u.PasswordHash is not null,
        u.LastSignInAt is { } s ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : null, DateTime.SpecifyKind(u.CreatedAt, DateTimeKind.Utc));
}
