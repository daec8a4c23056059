using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

public sealed record PortalFigure(int Count, IReadOnlyList<Money> Amounts);

public sealed record PortalHome(
    PortalFigure OrdersThisMonth,
    PortalFigure InvoicesThisMonth,
    PortalFigure Due,
    PortalFigure Overdue,
    IReadOnlyList<DocumentListItem> LatestOrders,
    IReadOnlyList<DocumentListItem> LatestInvoices);

/// <summary>The portal's home figures. Every query is scoped to the signed-in user's customer.</summary>
public sealed class PortalHomeQueries(AppDbContext db, DocumentQueries documents)
{
    public async Task<PortalHome> LoadAsync(long customerId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var mine = db.SalesDocuments.AsNoTracking().Where(d => d.CustomerId == customerId);
        var orders = await Figure(mine.Where(d => d.Kind == DocumentKind.SalesOrder && d.Date >= monthStart && d.Status != "cancelled" && d.Status != "draft"), useOpen: false, ct);
        var invoices = await Figure(mine.Where(d => d.Kind == DocumentKind.Invoice && d.Date >= monthStart && d.Status != "draft"), useOpen: false, ct);
        var open = mine.Where(d => d.Kind == DocumentKind.Invoice && (d.Status == "posted" || d.Status == "partlyPaid") && d.OpenMinor > 0);
        var due = await Figure(open.Where(d => d.DueDate >= today), useOpen: true, ct);
        var overdue = await Figure(open.Where(d => d.DueDate < today), useOpen: true, ct);
        var latestOrders = await documents.ListAsync(PortalLists.Latest(DocumentKind.SalesOrder, customerId), ct);
        var latestInvoices = await documents.ListAsync(PortalLists.Latest(DocumentKind.Invoice, customerId), ct);
        return new PortalHome(orders, invoices, due, overdue, latestOrders.Items, latestInvoices.Items);
    }

    private static async Task<PortalFigure> Figure(IQueryable<SalesDocument> documents, bool useOpen, CancellationToken ct)
    {
        var byCurrency = await documents.Select(d => new { d.Currency, Amount = useOpen ? d.OpenMinor : d.TotalMinor })
            .GroupBy(d => d.Currency)
            .Select(g => new { Currency = g.Key, Count = g.Count(), Sum = g.Sum(d => d.Amount) })
            .ToListAsync(ct);
        return new PortalFigure(byCurrency.Sum(g => g.Count), [.. byCurrency.OrderBy(g => g.Currency).Select(g => new Money(g.Sum, g.Currency))]);
    }
}
