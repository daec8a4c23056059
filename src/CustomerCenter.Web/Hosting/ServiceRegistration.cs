using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Email;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Preferences;
using CustomerCenter.Web.Features.Reports;
using CustomerCenter.Web.Features.Sales;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
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
            // Not a credential: over plain HTTP (a misconfigured proxy) forms must still render, not fail with 500.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind a load balancer that terminates TLS, trust its X-Forwarded-* headers (ForwardedHeaders__Enabled=true).
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
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
        builder.AddPaymentsFeature();
        builder.AddEmailFeature();
        builder.AddReportsFeature();
        builder.AddPortalFeature();
        builder.AddActivityFeature();
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.NumberHandling = JsonNumberHandling.Strict;
        options.MaxDepth = 32;
    }
}
