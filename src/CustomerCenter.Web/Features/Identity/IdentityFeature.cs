namespace CustomerCenter.Web.Features.Identity;

public static class IdentityFeature
{
    public static void AddIdentityFeature(this WebApplicationBuilder builder) =>
        builder.Services.AddScoped<StaffUserService>();
}
