using CustomerCenter.Web.Features.Idempotency;

namespace CustomerCenter.Web.Features.Sales;

public static class SalesFeature
{
    public static void AddSalesFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DocumentValidator>();
        builder.Services.AddScoped<SalesDocumentService>();
        builder.Services.AddScoped<DocumentQueries>();
        builder.Services.AddScoped<DocumentFormLookup>();
        builder.Services.AddScoped<DocumentPdf>();
        builder.Services.AddSingleton<IdempotencyStore>();
        builder.Services.AddScoped<Items.ItemService>();
        builder.Services.AddScoped<Settings.SettingsService>();
    }
}
