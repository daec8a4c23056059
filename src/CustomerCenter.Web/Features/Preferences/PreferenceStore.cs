using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Preferences;

/// <summary>Per-user remembered choices, such as which columns a list shows.</summary>
public sealed class PreferenceStore(AppDbContext db)
{
    public async Task<string?> GetAsync(string userKey, string key, CancellationToken ct) =>
        await db.UserPreferences.AsNoTracking()
            .Where(p => p.UserKey == userKey && p.Key == key)
            .Select(p => p.Value)
            .FirstOrDefaultAsync(ct);

    public async Task SetAsync(string userKey, string key, string value, CancellationToken ct)
    {
        var existing = await db.UserPreferences.FirstOrDefaultAsync(p => p.UserKey == userKey && p.Key == key, ct);
        if (existing is null)
        {
            db.UserPreferences.Add(new UserPreference { UserKey = userKey, Key = key, Value = value });
        }
        else
        {
            existing.Value = value;
        }

        await db.SaveChangesAsync(ct);
    }
}
