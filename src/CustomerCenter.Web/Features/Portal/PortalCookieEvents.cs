using System.Security.Claims;
using CustomerCenter.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// Checks the portal user on each request: deactivated, re-roled or re-passworded users (new stamp), a
/// deactivated customer or center, a customer taken out of the center, all end the session at once on every instance. Challenges go to the
/// sign-in page of the center in the URL.
/// </summary>
internal sealed class PortalCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.PortalUserId();
        var stamp = context.Principal?.FindFirstValue(PortalClaims.Stamp);
        var slug = context.Principal?.FindFirstValue(PortalClaims.CenterSlug);
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var valid = id is not null && await (
                from u in db.PortalUsers
                join c in db.ClientCenters on u.ClientCenterId equals c.Id
                join customer in db.Customers on u.CustomerId equals customer.Id
                where u.Id == id && u.IsActive && u.SecurityStamp == stamp && c.IsActive && c.Slug == slug && customer.IsActive && customer.TrashedAt == null
                    && customer.ClientCenterId == c.Id
                select u.Id)
            .AnyAsync(context.HttpContext.RequestAborted);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PortalClaims.Scheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect($"{CenterRoot(context.Request)}/login?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect($"{CenterRoot(context.Request)}/login?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
        return Task.CompletedTask;
    }

    /// <summary>"/cc/wholesale/orders/5" → "/cc/wholesale".</summary>
    public static string CenterRoot(HttpRequest request)
    {
        var segments = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments.Length >= 2 && segments[0] == "cc" ? $"/cc/{segments[1]}" : "/";
    }
}
