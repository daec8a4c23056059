using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCenter.BrowserTests.Screenshots;

/// <summary>Demo records worth a picture, found in (or added to) the app's database: the demo data is random but seeded.</summary>
public static class DemoCustomers
{
    public const string AdvanceReference = "Advance payment";

    public static string YearAgo => DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The customer with the most open invoices, so the payment form and the statement have rows.</summary>
    public static async Task<long> WithOpenInvoicesAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.SalesDocuments.Where(d => d.Kind == DocumentKind.Invoice && d.OpenMinor > 0 && d.Currency == "EUR")
            .GroupBy(d => d.CustomerId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
    }

    /// <summary>
    /// What the demo data leaves out but the payment pages show: half the demo cheques deposited (the demo only
    /// receives them) and a payment on account, with credit to apply or refund, for <paramref name="customerId"/>.
    /// </summary>
    public static async Task AddReceivablesAsync(BrowserApp app, long customerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var payments = scope.ServiceProvider.GetRequiredService<PaymentService>();
        var cheques = await db.Payments.Where(p => p.Method == PaymentMethod.Cheque && p.Status == PaymentStatus.Received)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Date }).ToListAsync();
        foreach (var cheque in cheques.Where((_, i) => i % 2 == 0))
        {
            await payments.DepositAsync(cheque.Id, new DepositInput { Date = cheque.Date.AddDays(2) }, default);
        }

        await payments.RecordAsync(new PaymentInput
        {
            CustomerId = customerId,
            Amount = 500m,
            Currency = "EUR",
            Method = PaymentMethod.BankTransfer,
            Reference = AdvanceReference,
        }, default);
    }
}
