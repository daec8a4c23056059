using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCenter.BrowserTests.Screenshots;

/// <summary>Demo records worth a picture, found in the app's database (the demo data is random but seeded).</summary>
public static class DemoCustomers
{
    public static string YearAgo => DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The customer with the most open invoices, so the payment form and the statement have rows.</summary>
    public static async Task<long> WithOpenInvoicesAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.SalesDocuments.Where(d => d.Kind == DocumentKind.Invoice && d.OpenMinor > 0 && d.Currency == "EUR")
            .GroupBy(d => d.CustomerId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
    }
}
