using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>Posted invoices and credit notes over a period, per document or per line, with per-currency totals.</summary>
public sealed class SalesHistoryQuery(AppDbContext db)
{
    public async Task<SalesHistoryReport> RunAsync(SalesHistoryFilter filter, CancellationToken ct)
    {
        var rows = Rows(filter);
        var totals = await rows.GroupBy(r => r.Currency)
            .Select(g => new SalesHistoryTotal(g.Key, g.Count(), g.Sum(r => r.Net), g.Sum(r => r.Tax)))
            .ToListAsync(ct);
        var page = await Sorted(rows, filter.List).Skip(filter.List.Skip).Take(filter.List.PageSize).ToListAsync(ct);
        return new SalesHistoryReport(filter, [.. page.Select(r => r.ToRow())], [.. totals.OrderBy(t => t.Currency, StringComparer.Ordinal)]);
    }

    public async Task<IReadOnlyList<SalesHistoryRow>> AllRowsAsync(SalesHistoryFilter filter, CancellationToken ct) =>
        [.. (await Sorted(Rows(filter), filter.List).ToListAsync(ct)).Select(r => r.ToRow())];

    private IQueryable<Record> Rows(SalesHistoryFilter filter)
    {
        var (from, to) = (filter.Period.From, filter.Period.To);
        var documents = db.SalesDocuments.AsNoTracking()
            .Where(d => (d.Kind == DocumentKind.Invoice || d.Kind == DocumentKind.CreditNote) && d.Status != DocumentStatuses.Draft && d.Date >= from && d.Date <= to);
        if (filter.CustomerId is { } customerId)
        {
            documents = documents.Where(d => d.CustomerId == customerId);
        }

        if (filter.Currency is { } currency)
        {
            documents = documents.Where(d => d.Currency == currency);
        }

        if (CustomerSearch.Matching(db, filter.List.Search) is { } matching)
        {
            documents = documents.Where(d => matching.Contains(d.CustomerId));
        }

        var item = filter.ItemId;
        if (filter.View == SalesHistoryView.Line)
        {
            return from l in db.SalesDocumentLines
                   join d in documents on l.DocumentId equals d.Id
                   where item == null || l.ItemId == item
                   select new Record
                   {
                       DocumentId = d.Id,
                       Kind = d.Kind,
                       Number = d.Number ?? "",
                       Date = d.Date,
                       CustomerId = d.CustomerId,
                       CustomerName = d.Customer!.Name,
                       CustomerNumber = d.Customer.Number,
                       CustomerSort = d.Customer.NameNormalized,
                       Currency = d.Currency,
                       Net = d.Kind == DocumentKind.CreditNote ? -l.NetMinor : l.NetMinor,
                       Tax = d.Kind == DocumentKind.CreditNote ? -l.TaxMinor : l.TaxMinor,
                       LineId = l.Id,
                       Position = l.Position,
                       ItemSku = db.Items.Where(i => i.Id == l.ItemId).Select(i => i.Sku).FirstOrDefault(),
                       Description = l.Description,
                       QuantityMilli = l.QuantityMilli,
                       UnitPrice = l.UnitPrice,
                   };
        }

        if (item is { } itemId)
        {
            return documents.Where(d => d.Lines.Any(l => l.ItemId == itemId)).Select(d => new Record
            {
                DocumentId = d.Id,
                Kind = d.Kind,
                Number = d.Number ?? "",
                Date = d.Date,
                CustomerId = d.CustomerId,
                CustomerName = d.Customer!.Name,
                CustomerNumber = d.Customer.Number,
                CustomerSort = d.Customer.NameNormalized,
                Currency = d.Currency,
                Net = (d.Kind == DocumentKind.CreditNote ? -1 : 1) * d.Lines.Where(l => l.ItemId == itemId).Sum(l => l.NetMinor),
                Tax = (d.Kind == DocumentKind.CreditNote ? -1 : 1) * d.Lines.Where(l => l.ItemId == itemId).Sum(l => l.TaxMinor),
                Position = 0,
            });
        }

        return documents.Select(d => new Record
        {
            DocumentId = d.Id,
            Kind = d.Kind,
            Number = d.Number ?? "",
            Date = d.Date,
            CustomerId = d.CustomerId,
            CustomerName = d.Customer!.Name,
            CustomerNumber = d.Customer.Number,
            CustomerSort = d.Customer.NameNormalized,
            Currency = d.Currency,
            Net = d.Kind == DocumentKind.CreditNote ? -d.SubtotalMinor : d.SubtotalMinor,
            Tax = d.Kind == DocumentKind.CreditNote ? -d.TaxMinor : d.TaxMinor,
            Position = 0,
        });
    }

    private static IQueryable<Record> Sorted(IQueryable<Record> rows, ListQuery list) => (list.Sort, list.Descending) switch
    {
        ("number", false) => rows.OrderBy(r => r.Number).ThenBy(r => r.Position),
        ("number", true) => rows.OrderByDescending(r => r.Number).ThenBy(r => r.Position),
        ("customer", false) => rows.OrderBy(r => r.CustomerSort).ThenBy(r => r.CustomerId).ThenByDescending(r => r.Date).ThenBy(r => r.DocumentId).ThenBy(r => r.Position),
        ("customer", true) => rows.OrderByDescending(r => r.CustomerSort).ThenBy(r => r.CustomerId).ThenByDescending(r => r.Date).ThenBy(r => r.DocumentId).ThenBy(r => r.Position),
        ("net", false) => rows.OrderBy(r => r.Currency).ThenBy(r => r.Net).ThenBy(r => r.DocumentId).ThenBy(r => r.Position),
        ("net", true) => rows.OrderBy(r => r.Currency).ThenByDescending(r => r.Net).ThenBy(r => r.DocumentId).ThenBy(r => r.Position),
        ("total", false) => rows.OrderBy(r => r.Currency).ThenBy(r => r.Net + r.Tax).ThenBy(r => r.DocumentId).ThenBy(r => r.Position),
        ("total", true) => rows.OrderBy(r => r.Currency).ThenByDescending(r => r.Net + r.Tax).ThenBy(r => r.DocumentId).ThenBy(r => r.Position),
        (_, false) => rows.OrderBy(r => r.Date).ThenBy(r => r.DocumentId).ThenBy(r => r.Position),
        _ => rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.DocumentId).ThenBy(r => r.Position),
    };

    /// <summary>
    /// The projection EF composes sorting and grouping over (init members translate; a constructor call does not).
    /// Every member a sort uses is set in every projection: EF can't order by one left out.
    /// </summary>
    private sealed class Record
    {
        public long DocumentId { get; init; }

        public DocumentKind Kind { get; init; }

        public string Number { get; init; } = "";

        public DateOnly Date { get; init; }

        public long CustomerId { get; init; }

        public string CustomerName { get; init; } = "";

        public string CustomerNumber { get; init; } = "";

        public string CustomerSort { get; init; } = "";

        public string Currency { get; init; } = "";

        public long Net { get; init; }

        public long Tax { get; init; }

        public long? LineId { get; init; }

        public int Position { get; init; }

        public string? ItemSku { get; init; }

        public string? Description { get; init; }

        public long? QuantityMilli { get; init; }

        public decimal? UnitPrice { get; init; }

        public SalesHistoryRow ToRow() => new(
            DocumentId, Kind, Number, Date, CustomerId, CustomerName, CustomerNumber, Currency, Net, Tax, LineId, ItemSku, Description, QuantityMilli, UnitPrice);
    }
}
