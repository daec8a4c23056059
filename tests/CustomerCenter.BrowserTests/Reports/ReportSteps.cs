using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Items;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CustomerCenter.BrowserTests.Reports;

/// <summary>Data for the report journeys, written through the application's own services, and what staff look at on the reports.</summary>
public static class ReportSteps
{
    /// <summary>A customer with an invoice 45 days past due, part paid; returns the invoice number.</summary>
    public static async Task<string> CustomerWithOverdueInvoiceAsync(this BrowserApp app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        if (!await db.TaxRates.AnyAsync(r => r.Percent == 0m))
        {
            db.TaxRates.Add(new TaxRate { Name = "Zero", Percent = 0m });
            await db.SaveChangesAsync();
        }

        var customer = Ok(await services.GetRequiredService<CustomerService>()
            .CreateAsync(new CustomerInput { Kind = CustomerKind.Company, Name = name, Currency = "EUR" }, default));
        var documents = services.GetRequiredService<SalesDocumentService>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var draft = Ok(await documents.CreateAsync(DocumentKind.Invoice, new DocumentInput
        {
            CustomerId = customer.Id,
            Date = today.AddDays(-75),
            DueDate = today.AddDays(-45),
            Lines = [new DocumentLineInput { Description = "Consulting", Quantity = 4, UnitPrice = 250m, TaxRate = 0m }],
        }, default));
        var invoice = Ok(await documents.PostInvoiceAsync(draft.Id, default));
        Ok(await services.GetRequiredService<PaymentService>().RecordAsync(new PaymentInput
        {
            CustomerId = customer.Id,
            Date = today.AddDays(-20),
            Amount = 400m,
            Method = PaymentMethod.BankTransfer,
            Allocations = [new AllocationInput { InvoiceId = invoice.Id, Amount = 400m }],
        }, default));
        return invoice.Number!;
    }

    private static T Ok<T>(Outcome<T> outcome) => outcome.IsOk
        ? outcome.Value!
        : throw new InvalidOperationException($"{outcome.Kind}: {outcome.Message} {string.Join("; ", outcome.Errors?.ToDictionary().Select(e => $"{e.Key}: {string.Join(' ', e.Value)}") ?? [])}");

    public static ILocator AgingRow(this IPage page, string customer) =>
        page.Locator("table.report tbody tr").Filter(new() { HasText = customer });
}
