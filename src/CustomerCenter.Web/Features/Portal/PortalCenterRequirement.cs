using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>A portal session is only good in the center it was opened in: the slug in the URL must match the claim.</summary>
public sealed class PortalCenterRequirement : AuthorizationHandler<PortalCenterRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PortalCenterRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var slug = http?.GetRouteValue("slug")?.ToString() ?? (http is null ? null : PortalCookieEvents.CenterRoot(http.Request).Split('/').LastOrDefault());
        if (slug is not null && context.User.FindFirstValue(PortalClaims.CenterSlug) == slug && context.User.PortalUserId() is not null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
