using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Preferences;
using CustomerCenter.Web.Features.Sales;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.Http.Json;

namespace CustomerCenter.Web.Hosting;

internal static class ServiceRegistration
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static void AddCustomerCenter(this WebApplicationBuilder builder, string[] args)
    {
        var services = builder.Services;
        if (CommandLine.IsCommand(args))
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        builder.AddCustomerCenterDatabase();
        services.AddDataProtection().SetApplicationName("CustomerCenter").PersistKeysToDbContext<AppDbContext>();
        builder.AddCustomerCenterAuthentication();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".cc.antiforgery";
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        services.AddRazorComponents();
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });

        services.AddSingleton<DatabaseInitializer.FirstAdmin>();
        services.AddScoped<PreferenceStore>();
        builder.AddIdentityFeature();
        builder.AddCustomerFeature();
        builder.AddSalesFeature();
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.NumberHandling = JsonNumberHandling.Strict;
        options.MaxDepth = 32;
    }
}
