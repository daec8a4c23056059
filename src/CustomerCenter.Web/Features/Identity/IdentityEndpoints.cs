using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace CustomerCenter.Web.Features.Identity;

public static class IdentityEndpoints
{
    public static void MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post with an antiforgery token, so another site can't sign a user out with a link.
        app.MapPost("/logout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            await context.SignOutAsync(StaffSchemes.Cookie);
            return Results.LocalRedirect("/login");
        }).ExcludeFromDescription().DisableAntiforgery();
    }
}
