using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCenter.BrowserTests.Screenshots;

/// <summary>The document pages worth a picture, by id.</summary>
public sealed record SalesPages(long SentQuote, long DraftQuote, long DraftOrder, long PartlyDeliveredOrder, long PostedInvoice, long PostedCreditNote);

/// <summary>
/// A few documents in the states worth a picture (the demo data's history may not hold each of them today),
/// made through the application's own services on the demo customers, tax rates and items.
/// </summary>
public static class SalesScreenshotData
{
    public static async Task<SalesPages> SeedAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var documents = scope.ServiceProvider.GetRequiredService<SalesDocumentService>();
        var customers = await db.Customers.Where(c => c.IsActive && c.TrashedAt == null && c.Currency == "EUR").OrderBy(c => c.Id).Select(c => c.Id).Take(4).ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        async Task<SalesDocument> Create(DocumentKind kind, long customer, DateOnly date, string? reference, params (string Text, decimal Quantity, string Unit, decimal Price, decimal Rate)[] lines) =>
            Ok(await documents.CreateAsync(kind, new DocumentInput
            {
                CustomerId = customer,
                Date = date,
                Reference = reference,
                Lines = [.. lines.Select(l => new DocumentLineInput { Description = l.Text, Quantity = l.Quantity, Unit = l.Unit, UnitPrice = l.Price, TaxRate = l.Rate })],
            }, default));

        var desks = ("Oak desk, 160 × 80 cm", 4m, "pcs", 489m, 19m);
        var chairs = ("Ergonomic office chair", 6m, "pcs", 259.9m, 19m);
        var assembly = ("Assembly on site", 3.5m, "h", 65m, 19m);
        var manuals = ("Printed manual", 10m, "pcs", 12.5m, 7m);

        var draftQuote = await Create(DocumentKind.Quote, customers[0], today, "RFQ-2291", desks, chairs);
        var sentQuote = await Create(DocumentKind.Quote, customers[1], today.AddDays(-3), "Office refit", desks, chairs, assembly);
        Ok(await documents.SendQuoteAsync(sentQuote.Id, default));
        var accepted = await Create(DocumentKind.Quote, customers[2], today.AddDays(-10), null, chairs);
        Ok(await documents.SendQuoteAsync(accepted.Id, default));
        Ok(await documents.AcceptQuoteAsync(accepted.Id, default));

        var order = await Create(DocumentKind.SalesOrder, customers[1], today.AddDays(-2), "PO 4471", desks, chairs, assembly, manuals);
        Ok(await documents.ConfirmOrderAsync(order.Id, default));
        var lines = await db.SalesDocumentLines.Where(l => l.DocumentId == order.Id).OrderBy(l => l.Position).Select(l => l.Id).ToListAsync();
        Ok(await documents.DeliverAsync(order.Id, new DeliverRequest([new(lines[0], 2m), new(lines[1], 6m)], null), default));
        var draftOrder = await Create(DocumentKind.SalesOrder, customers[3], today, null, manuals);

        var invoice = Ok(await documents.InvoiceOrderAsync(order.Id, new InvoiceOrderRequest("delivered", null), default));
        Ok(await documents.PostInvoiceAsync(invoice.Id, default));
        var overdue = await Create(DocumentKind.Invoice, customers[0], today.AddDays(-60), "Maintenance Q1", assembly);
        Ok(await documents.PostInvoiceAsync(overdue.Id, default));
        await Create(DocumentKind.Invoice, customers[2], today, null, chairs, manuals);

        var note = Ok(await documents.CreateAsync(DocumentKind.CreditNote, new DocumentInput
        {
            CustomerId = customers[1],
            InvoiceId = invoice.Id,
            Lines = [new DocumentLineInput { Description = "Scratched desk top", Quantity = 1m, UnitPrice = 120m, TaxRate = 19m }],
        }, default));
        Ok(await documents.PostCreditNoteAsync(note.Id, default));
        return new SalesPages(sentQuote.Id, draftQuote.Id, draftOrder.Id, order.Id, invoice.Id, note.Id);
    }

    private static SalesDocument Ok(Outcome<SalesDocument> outcome) =>
        outcome.IsOk ? outcome.Value! : throw new InvalidOperationException($"Screenshot data: {outcome.Kind} {outcome.Message} {string.Join("; ", outcome.Errors?.Fields ?? [])}");
}
