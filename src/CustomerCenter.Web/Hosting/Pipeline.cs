using CustomerCenter.Web.Components;
using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Email;
using CustomerCenter.Web.Features.Idempotency;
using CustomerCenter.Web.Features.Items;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Reports;
using CustomerCenter.Web.Features.Sales;
using CustomerCenter.Web.Features.Settings;
using CustomerCenter.Web.Features.Identity;
using Scalar.AspNetCore;

namespace CustomerCenter.Web.Hosting;

internal static class Pipeline
{
    public static void UseCustomerCenter(this WebApplication app)
    {
        if (app.Configuration.GetValue("ForwardedHeaders:Enabled", false))
        {
            app.UseForwardedHeaders();
        }

        app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePagesWithReExecute("/not-found"));
        app.UseMiddleware<SecurityHeaders>();
        app.UseHttpLogging();
        // An idempotent POST is hashed after binding has read the body, so keep the body re-readable.
        app.Use((context, next) =>
        {
            if (context.Request.Headers.ContainsKey(IdempotencyFilter.Header))
            {
                context.Request.EnableBuffering();
            }

            return next(context);
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o
            .WithTitle("Customer Center API")
            .DisableDefaultFonts()
            .HideClientButton()
            .DisableAgent()).AllowAnonymous();
        app.MapGet("/plaintext", () => "Hello, World!").AllowAnonymous().ExcludeFromDescription();

        app.MapIdentityEndpoints();
        app.MapCustomerExport();
        app.MapPortalAssetEndpoints();
        app.MapDocumentExport();
        app.MapPaymentExport();
        app.MapPortalDocumentEndpoints();
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Staff);
        api.MapCustomerEndpoints();
        api.MapContactEndpoints();
        api.MapCustomFieldEndpoints();
        api.MapDocumentEndpoints();
        api.MapItemEndpoints();
        api.MapSettingsEndpoints();
        api.MapPaymentEndpoints();
        api.MapReportEndpoints();
        app.MapReceivablesEndpoints(api);
        api.MapClientCenterEndpoints();
        app.MapDocumentPdfEndpoints(api);
        api.MapActivityEndpoints();
        api.MapTaskEndpoints();
        api.MapHubEndpoints();
        api.MapProjectEndpoints();
        app.MapFileEndpoints(api);
        api.MapEmailEndpoints();

        app.MapRazorComponents<App>();
    }
}
