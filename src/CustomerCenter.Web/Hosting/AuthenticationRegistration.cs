using System.Threading.RateLimiting;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CustomerCenter.Web.Hosting;

internal static class AuthenticationRegistration
{
    public const string SignInRateLimit = "sign-in";

    public static void AddCustomerCenterAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<StaffCookieEvents>();
        var authentication = services.AddAuthentication(StaffSchemes.StaffOrApiKey);
        authentication
            .AddPolicyScheme(StaffSchemes.StaffOrApiKey, "Staff cookie or API key", o =>
                o.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? StaffSchemes.ApiKey
                        : StaffSchemes.Cookie)
            .AddCookie(StaffSchemes.Cookie, o =>
            {
                o.Cookie.Name = ".cc.staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = builder.Environment.IsDevelopment()
                    ? CookieSecurePolicy.SameAsRequest
                    : CookieSecurePolicy.Always;
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/access-denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.EventsType = typeof(StaffCookieEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(StaffSchemes.ApiKey, null);
        builder.AddPortalAuthentication(authentication);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Enum.GetNames<StaffRole>()))
            .AddPolicy(Policies.CanEdit, p => p.RequireRole(nameof(StaffRole.Admin), nameof(StaffRole.Sales), nameof(StaffRole.Finance)))
            .AddPolicy(Policies.Admin, p => p.RequireRole(nameof(StaffRole.Admin)))
            .AddPolicy(Policies.Finance, p => p.RequireRole(nameof(StaffRole.Admin), nameof(StaffRole.Finance)))
            .AddPolicy(Policies.Sales, p => p.RequireRole(nameof(StaffRole.Admin), nameof(StaffRole.Sales)));

        services.AddCascadingAuthenticationState();
        services.AddScoped<IPasswordHasher<StaffUser>, PasswordHasher<StaffUser>>();
        services.AddScoped<StaffSignIn>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // A body of its own, so the status-code pages don't turn the 429 into a "not found" page.
            o.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(context.HttpContext.Response.WriteAsync("Too many sign-in attempts from your network. Please wait a minute and try again.", ct));
            };
            // Only posted attempts count: showing the form is free.
            o.AddPolicy(SignInRateLimit, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = builder.Configuration.GetValue("RateLimits:SignInPerMinute", 10),
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter("get"));
        });
    }
}
