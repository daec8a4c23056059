using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Identity;

public static class ApiKeyIssuer
{
    /// <summary>Stores a new key's hash and returns the key itself, which is never stored.</summary>
    public static async Task<(string Key, ApiKey Stored)> IssueAsync(AppDbContext db, string name, StaffRole role, string createdBy, CancellationToken ct)
    {
        var key = ApiKeySecrets.NewKey();
        var stored = new ApiKey
        {
            Name = name,
            Role = role,
            Prefix = ApiKeySecrets.DisplayPrefix(key),
            KeyHash = ApiKeySecrets.Hash(key),
            CreatedAt = db.Clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
        };
        db.ApiKeys.Add(stored);
        await db.SaveChangesAsync(ct);
        return (key, stored);
    }
}
