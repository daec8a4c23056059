using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// Confirmed sales orders with something left to deliver or to invoice, one row per open line. The open value
/// is rounded per line in C# (exactly as a document line is), so the totals read the open lines' few columns.
/// </summary>
public sealed class OpenOrderQuery(AppDbContext db)
{
    public async Task<OpenOrderReport> RunAsync(OpenOrderFilter filter, CancellationToken ct)
    {
        var lines = Lines(filter);
        var all = await lines.Select(l => new { l.Currency, l.OrderId, l.NetMinor, l.QuantityMilli, l.InvoicedMilli }).ToListAsync(ct);
        var totals = all.GroupBy(l => l.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new OpenOrderTotal(
            g.Key, g.Select(l => l.OrderId).Distinct().Count(), g.Count(), g.Sum(l => OpenOrderValue.Of(l.NetMinor, l.QuantityMilli, l.InvoicedMilli))));
        var page = await Sorted(lines, filter.List).Skip(filter.List.Skip).Take(filter.List.PageSize).ToListAsync(ct);
        return new OpenOrderReport(filter, [.. page.Select(r => r.ToRow())], [.. totals]);
    }

    public async Task<IReadOnlyList<OpenOrderRow>> AllRowsAsync(OpenOrderFilter filter, CancellationToken ct) =>
        [.. (await Sorted(Lines(filter), filter.List).ToListAsync(ct)).Select(r => r.ToRow())];

    private IQueryable<Record> Lines(OpenOrderFilter filter)
    {
        var orders = db.SalesDocuments.AsNoTracking().Where(d => d.Kind == DocumentKind.SalesOrder && OpenOrderValue.Statuses.Contains(d.Status));
        if (filter.From is { } from)
        {
            orders = orders.Where(d => d.Date >= from);
        }

        if (filter.To is { } to)
        {
            orders = orders.Where(d => d.Date <= to);
        }

        if (filter.CustomerId is { } customerId)
        {
            orders = orders.Where(d => d.CustomerId == customerId);
        }

        if (filter.Currency is { } currency)
        {
            orders = orders.Where(d => d.Currency == currency);
        }

        if (CustomerSearch.Matching(db, filter.List.Search) is { } matching)
        {
            orders = orders.Where(d => matching.Contains(d.CustomerId));
        }

        return from l in db.SalesDocumentLines
               join d in orders on l.DocumentId equals d.Id
               where l.DeliveredMilli < l.QuantityMilli || l.InvoicedMilli < l.QuantityMilli
               select new Record
               {
                   OrderId = d.Id,
                   Number = d.Number ?? "",
                   Date = d.Date,
                   Status = d.Status,
                   CustomerId = d.CustomerId,
                   CustomerName = d.Customer!.Name,
                   CustomerNumber = d.Customer.Number,
                   CustomerSort = d.Customer.NameNormalized,
                   Currency = d.Currency,
                   LineId = l.Id,
                   Position = l.Position,
                   Description = l.Description,
                   QuantityMilli = l.QuantityMilli,
                   DeliveredMilli = l.DeliveredMilli,
                   InvoicedMilli = l.InvoicedMilli,
                   NetMinor = l.NetMinor,
               };
    }

    private static IQueryable<Record> Sorted(IQueryable<Record> rows, ListQuery list) => (list.Sort, list.Descending) switch
    {
        ("number", false) => rows.OrderBy(r => r.Number).ThenBy(r => r.Position),
        ("number", true) => rows.OrderByDescending(r => r.Number).ThenBy(r => r.Position),
        ("customer", false) => rows.OrderBy(r => r.CustomerSort).ThenBy(r => r.CustomerId).ThenBy(r => r.Date).ThenBy(r => r.OrderId).ThenBy(r => r.Position),
        ("customer", true) => rows.OrderByDescending(r => r.CustomerSort).ThenBy(r => r.CustomerId).ThenBy(r => r.Date).ThenBy(r => r.OrderId).ThenBy(r => r.Position),
        (_, false) => rows.OrderBy(r => r.Date).ThenBy(r => r.OrderId).ThenBy(r => r.Position),
        _ => rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.OrderId).ThenBy(r => r.Position),
    };

    /// <summary>The projection EF sorts and pages (init members translate; a constructor call does not).</summary>
    private sealed class Record
    {
        public long OrderId { get; init; }

        public string Number { get; init; } = "";

        public DateOnly Date { get; init; }

        public string Status { get; init; } = "";

        public long CustomerId { get; init; }

        public string CustomerName { get; init; } = "";

        public string CustomerNumber { get; init; } = "";

        public string CustomerSort { get; init; } = "";

        public string Currency { get; init; } = "";

        public long LineId { get; init; }

        public int Position { get; init; }

        public string Description { get; init; } = "";

        public long QuantityMilli { get; init; }

        public long DeliveredMilli { get; init; }

        public long InvoicedMilli { get; init; }

        public long NetMinor { get; init; }

        public OpenOrderRow ToRow() => new(
            OrderId, Number, Date, Status, CustomerId, CustomerName, CustomerNumber, Currency, LineId, Position, Description,
            QuantityMilli, DeliveredMilli, InvoicedMilli, NetMinor);
    }
}
