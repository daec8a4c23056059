namespace CustomerCenter.Web.Features.Preferences;

/// <summary>A remembered choice of one user (e.g. the columns of a list), keyed by user and purpose.</summary>
public sealed class UserPreference
{
    public long Id { get; set; }

    public required string UserKey { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }
}
