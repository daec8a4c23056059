using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CustomerCenter.Web.Features.Portal;

public static class PortalAuthentication
{
    public static void AddPortalAuthentication(this WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        builder.Services.AddScoped<PortalCookieEvents>();
        authentication.AddCookie(PortalClaims.Scheme, o =>
        {
            o.Cookie.Name = ".cc.portal";
            o.Cookie.Path = "/cc";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.EventsType = typeof(PortalCookieEvents);
        });
        builder.Services.AddSingleton<IAuthorizationHandler, PortalCenterRequirement>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(PortalClaims.Policy, p => p
            .AddAuthenticationSchemes(PortalClaims.Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new PortalCenterRequirement()));
        builder.Services.AddScoped<IPasswordHasher<PortalUser>, PasswordHasher<PortalUser>>();
        builder.Services.AddScoped<PortalSignIn>();
        builder.Services.AddScoped<PortalUserService>();
        builder.Services.AddScoped<ClientCenterService>();
        builder.Services.AddScoped<PortalContextAccessor>();
        builder.Services.AddScoped<PortalHomeQueries>();
    }
}
