namespace CustomerCenter.Web.Features.Portal;

public static class PortalFeature
{
    /// <summary>The Client Center's pages and files (sign-in and sessions are in <see cref="PortalAuthentication"/>).</summary>
    public static void AddPortalFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PortalCatalog>();
        builder.Services.AddScoped<PortalOrderService>();
        builder.Services.AddScoped<PortalDocumentQueries>();
        builder.Services.AddScoped<PortalDueQueries>();
        builder.Services.AddScoped<PortalProfileService>();
    }
}
