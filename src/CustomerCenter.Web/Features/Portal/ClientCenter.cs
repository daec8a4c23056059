using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>A customer portal served at <c>/cc/{Slug}</c>, configured by a JSON settings document.</summary>
public sealed class ClientCenter : IAudited, IVersioned
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The URL segment: lower-case letters, digits and dashes.</summary>
    public required string Slug { get; set; }

    /// <summary>The settings as an Admin wrote them (only what differs from the defaults); see <see cref="SettingsSpec"/>.</summary>
    public string SettingsJson { get; set; } = "{}";

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }

    long? IAudited.AuditCustomerId => null;
}
