using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// A customer's own orders and invoices, one at a time. Each lookup takes the customer from the portal session:
/// another customer's document, or one of the business's drafts, is "not found", exactly like an id that doesn't exist.
/// </summary>
public sealed class PortalDocumentQueries(AppDbContext db, DocumentQueries documents)
{
    public async Task<PortalOrderView?> OrderAsync(long customerId, long id, CancellationToken ct)
    {
        var order = await MineAsync(DocumentKind.SalesOrder, customerId, id, ct);
        if (order is null)
        {
            return null;
        }

        var notes = await db.SalesDocuments.AsNoTracking().Include(d => d.Lines)
            .Where(d => d.SourceId == id && d.Kind == DocumentKind.DeliveryNote && d.CustomerId == customerId)
            .OrderBy(d => d.Date).ThenBy(d => d.Id).ToListAsync(ct);
        var deliveries = notes.Select(n => new PortalDelivery(n.Id, n.Number, n.Date,
            [.. n.Lines.OrderBy(l => l.Position).Select(l => new PortalDeliveryLine(l.Description, Milli.ToDecimal(l.QuantityMilli), l.Unit))])).ToList();
        var invoices = order.Successors.Where(s => s.Kind == DocumentKind.Invoice && s.Status != DocumentStatuses.Draft).ToList();
        return new PortalOrderView(order, deliveries, invoices);
    }

    public async Task<PortalInvoiceView?> InvoiceAsync(long customerId, long id, CancellationToken ct)
    {
        var invoice = await MineAsync(DocumentKind.Invoice, customerId, id, ct);
        if (invoice is null)
        {
            return null;
        }

        var applied = await (
                from a in db.Allocations.AsNoTracking()
                join debit in db.LedgerEntries on a.DebitEntryId equals debit.Id
                join credit in db.LedgerEntries on a.CreditEntryId equals credit.Id
                where debit.DocumentId == id && debit.CustomerId == customerId
                select new { credit.Id, credit.Kind, credit.Reference, credit.PaymentId, a.Date, a.AmountMinor })
            .ToListAsync(ct);
        // An undone application is a negative allocation: show what stands, once per payment or credit note.
        var settlements = applied.GroupBy(a => a.Id)
            .Select(g => new { First = g.OrderBy(a => a.Date).First(), Sum = g.Sum(a => a.AmountMinor) })
            .Where(s => s.Sum != 0)
            .OrderBy(s => s.First.Date)
            .Select(s => new PortalSettlement(s.First.Kind, s.First.Reference, s.First.PaymentId, s.First.Date, new Money(s.Sum, invoice.Currency).ToDecimal()))
            .ToList();
        return new PortalInvoiceView(invoice, settlements);
    }

    /// <summary>Where each of these orders goes, for the list's "Delivery to" column.</summary>
    public async Task<Dictionary<long, string?>> DeliveryCitiesAsync(long customerId, IReadOnlyCollection<long> orderIds, CancellationToken ct) =>
        await db.SalesDocuments.AsNoTracking().Where(d => orderIds.Contains(d.Id) && d.CustomerId == customerId)
            .Select(d => new { d.Id, d.ShippingAddress.City }).ToDictionaryAsync(d => d.Id, d => d.City, ct);

    private async Task<DocumentDto?> MineAsync(DocumentKind kind, long customerId, long id, CancellationToken ct)
    {
        var document = await db.SalesDocuments.AsNoTracking().Include(d => d.Lines)
            .FirstOrDefaultAsync(d => d.Id == id && d.Kind == kind && d.CustomerId == customerId && d.Status != DocumentStatuses.Draft, ct);
        return document is null ? null : await documents.ToDtoAsync(document, ct);
    }
}
