using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// Loads the portal context once per request from the slug in the URL and the portal session. The layout
/// and the page ask for it at the same time; they share one load, because a DbContext allows one query at a time.
/// </summary>
public sealed class PortalContextAccessor(AppDbContext db, IHttpContextAccessor http)
{
    private Task<PortalContext?>? _load;
    private string? _slug;

    /// <summary>Null when there is no active center with this slug (the page answers 404).</summary>
    public Task<PortalContext?> GetAsync(string slug, CancellationToken ct)
    {
        if (_load is null || _slug != slug)
        {
            _slug = slug;
            _load = LoadAsync(slug, ct);
        }

        return _load;
    }

    private async Task<PortalContext?> LoadAsync(string slug, CancellationToken ct)
    {
        var center = await db.ClientCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && c.IsActive, ct);
        if (center is null)
        {
            return null;
        }

        var effective = SettingsDocument.Effective(center.SettingsJson);
        PortalUser? user = null;
        var principal = http.HttpContext?.User;
        if (principal?.PortalUserId() is { } userId && principal.FindFirst(PortalClaims.CenterSlug)?.Value == slug)
        {
            user = await db.PortalUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId && u.ClientCenterId == center.Id && u.IsActive, ct);
        }

        return new PortalContext(center, effective, PortalLook.For(center, effective), user, user is null ? null : PortalPermissions.For(effective, user.Role));
    }
}
