using CustomerCenter.Web.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

public static class PortalAssetEndpoints
{
    /// <summary>
    /// The center's theme as a stylesheet (the strict CSP forbids inline styles, so the accent colour can't be
    /// a style attribute), its logo, and sign-out.
    /// </summary>
    public static void MapPortalAssetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cc/{slug}/theme.css", async (string slug, AppDbContext db, HttpResponse response, CancellationToken ct) =>
            {
                var center = await db.ClientCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && c.IsActive, ct);
                if (center is null)
                {
                    return Results.NotFound();
                }

                // The colour matched ^#[0-9a-fA-F]{6}$ when saved, so it can't break out of the declaration.
                var accent = PortalLook.For(center, SettingsDocument.Effective(center.SettingsJson)).AccentColor;
                response.Headers.CacheControl = "private, max-age=60";
                return Results.Text($":root {{ --accent: {accent}; --accent-strong: {accent}; }}\n", "text/css");
            })
            .AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/cc/{slug}/logo", async (string slug, AppDbContext db, CancellationToken ct) =>
            {
                var center = await db.ClientCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && c.IsActive, ct);
                var logo = center is null ? null : PortalLook.For(center, SettingsDocument.Effective(center.SettingsJson)).LogoDataUrl;
                if (logo is null)
                {
                    return Results.NotFound();
                }

                var comma = logo.IndexOf(',', StringComparison.Ordinal);
                var contentType = logo[5..logo.IndexOf(';', StringComparison.Ordinal)];
                return Results.File(Convert.FromBase64String(logo[(comma + 1)..]), contentType);
            })
            .AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/cc/{slug}/logout", async (string slug, HttpContext context, IAntiforgery antiforgery) =>
            {
                // The form's token was issued to the portal identity; this endpoint is anonymous (an expired session
                // may still sign out), so read the portal session first or the token never matches.
                if ((await context.AuthenticateAsync(PortalClaims.Scheme)).Principal is { } portalUser)
                {
                    context.User = portalUser;
                }

                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.BadRequest();
                }

                await context.SignOutAsync(PortalClaims.Scheme);
                return Results.LocalRedirect($"/cc/{Uri.EscapeDataString(slug)}/login");
            })
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }
}
