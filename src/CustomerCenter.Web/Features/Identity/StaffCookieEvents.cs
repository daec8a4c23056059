using System.Security.Claims;
using CustomerCenter.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Identity;

/// <summary>
/// Re-checks the user on each request (one primary-key read), so deactivating a user or changing a
/// password ends every session on every instance at once. API paths get 401/403, not a login page.
/// </summary>
internal sealed class StaffCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.StaffUserId();
        var stamp = context.Principal?.FindFirstValue(StaffSchemes.StampClaim);
        if (id is null || stamp is null)
        {
            await Reject(context);
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var current = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.IsActive, u.Role })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || !current.IsActive || current.SecurityStamp != stamp
            || current.Role.ToString() != context.Principal!.FindFirstValue(ClaimTypes.Role))
        {
            await Reject(context);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Status(context, StatusCodes.Status401Unauthorized) : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Status(context, StatusCodes.Status403Forbidden) : base.RedirectToAccessDenied(context);

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static async Task Reject(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(StaffSchemes.Cookie);
    }
}
