using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>Loads the portal context once per request from the slug in the URL and the portal session.</summary>
public sealed class PortalContextAccessor(AppDbContext db, IHttpContextAccessor http)
{
    private PortalContext? _context;

    /// <summary>Null when there is no active center with this slug (the page answers 404).</summary>
    public async Task<PortalContext?> GetAsync(string slug, CancellationToken ct)
    {
        if (_context is not null && _context.Center.Slug == slug)
        {
            return _context;
        }

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

        _context = new PortalContext(center, effective, PortalLook.For(center, effective), user, user is null ? null : PortalPermissions.For(effective, user.Role));
        return _context;
    }
}
