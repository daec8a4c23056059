using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Sales;

public sealed class DocumentQueries(AppDbContext db)
{
    private DateOnly Today => DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);

    public async Task<Paged<DocumentListItem>> ListAsync(DocumentListFilter filter, CancellationToken ct)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(ct);
        var rows = await Sorted(query, filter.List).Skip(filter.List.Skip).Take(filter.List.PageSize).Select(Row).ToListAsync(ct);
        return new Paged<DocumentListItem>([.. rows.Select(r => ToItem(r, Today))], filter.List.Page, filter.List.PageSize, total);
    }

    public async IAsyncEnumerable<DocumentListItem> StreamAsync(DocumentListFilter filter)
    {
        var today = Today;
        await foreach (var row in Sorted(Filtered(filter), filter.List).Select(Row).AsAsyncEnumerable())
        {
            yield return ToItem(row, today);
        }
    }

    public async Task<DocumentDto?> GetAsync(DocumentKind kind, long id, CancellationToken ct)
    {
        var document = await db.SalesDocuments.AsNoTracking().Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == id && d.Kind == kind, ct);
        return document is null ? null : await ToDtoAsync(document, ct);
    }

    public async Task<DocumentDto> ToDtoAsync(SalesDocument document, CancellationToken ct)
    {
        var source = document.SourceId is { } sourceId
            ? await db.SalesDocuments.AsNoTracking().Where(d => d.Id == sourceId)
                .Select(d => new DocumentLinkDto(d.Id, d.Kind, d.Number, d.Status)).FirstOrDefaultAsync(ct)
            : null;
        var successors = await db.SalesDocuments.AsNoTracking().Where(d => d.SourceId == document.Id)
            .OrderBy(d => d.Id).Select(d => new DocumentLinkDto(d.Id, d.Kind, d.Number, d.Status)).ToListAsync(ct);
        return DocumentDto.From(document, source, successors, Today);
    }

    public IQueryable<SalesDocument> Filtered(DocumentListFilter filter)
    {
        var query = db.SalesDocuments.AsNoTracking().Where(d => d.Kind == filter.Kind);
        var today = Today;
        if (filter.Status == "overdue")
        {
            query = query.Where(d => (d.Status == "posted" || d.Status == "partlyPaid") && d.DueDate < today && d.OpenMinor > 0);
        }
        else if (filter.Status is { } grouped && DocumentStatuses.Groups.TryGetValue(grouped, out var statuses))
        {
            query = query.Where(d => statuses.Contains(d.Status));
        }
        else if (filter.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (filter.HideDrafts)
        {
            query = query.Where(d => d.Status != DocumentStatuses.Draft);
        }

        if (filter.From is { } from)
        {
            query = query.Where(d => d.Date >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(d => d.Date <= to);
        }

        if (filter.CustomerId is { } customerId)
        {
            query = query.Where(d => d.CustomerId == customerId);
        }

        if (filter.List.Search is { } search)
        {
            query = Search(query, search.Trim());
        }

        return query;
    }

    /// <summary>A number or reference prefix, or the words of the customer's name/number/email (via the customer search index).</summary>
    private IQueryable<SalesDocument> Search(IQueryable<SalesDocument> query, string search)
    {
        var upper = search.ToUpperInvariant();
        var upperEnd = SearchText.PrefixUpperBound(upper);
        var customers = db.Customers.Select(c => c.Id);
        foreach (var word in SearchText.Words(search).Distinct().Take(5))
        {
            var wordEnd = SearchText.PrefixUpperBound(word);
            var matching = db.CustomerSearchTerms.Where(t => t.Term.CompareTo(word) >= 0 && t.Term.CompareTo(wordEnd) < 0).Select(t => t.CustomerId);
            customers = customers.Where(id => matching.Contains(id));
        }

        return query.Where(d =>
            (d.Number != null && d.Number.CompareTo(upper) >= 0 && d.Number.CompareTo(upperEnd) < 0)
            || (d.Reference != null && d.Reference.CompareTo(search) >= 0 && d.Reference.CompareTo(SearchText.PrefixUpperBound(search)) < 0)
            || customers.Contains(d.CustomerId));
    }

    private static IQueryable<SalesDocument> Sorted(IQueryable<SalesDocument> query, ListQuery list) => (list.Sort, list.Descending) switch
    {
        ("number", false) => query.OrderBy(d => d.Number).ThenBy(d => d.Id),
        ("number", true) => query.OrderByDescending(d => d.Number).ThenByDescending(d => d.Id),
        ("customer", false) => query.OrderBy(d => d.CustomerName).ThenByDescending(d => d.Date).ThenByDescending(d => d.Id),
        ("customer", true) => query.OrderByDescending(d => d.CustomerName).ThenByDescending(d => d.Date).ThenByDescending(d => d.Id),
        ("reference", false) => query.OrderBy(d => d.Reference).ThenBy(d => d.Id),
        ("reference", true) => query.OrderByDescending(d => d.Reference).ThenByDescending(d => d.Id),
        ("amountDue", false) => query.OrderBy(d => d.OpenMinor).ThenBy(d => d.Id),
        ("amountDue", true) => query.OrderByDescending(d => d.OpenMinor).ThenByDescending(d => d.Id),
        ("total", false) => query.OrderBy(d => d.TotalMinor).ThenBy(d => d.Id),
        ("total", true) => query.OrderByDescending(d => d.TotalMinor).ThenByDescending(d => d.Id),
        ("dueDate", false) => query.OrderBy(d => d.DueDate).ThenBy(d => d.Id),
        ("dueDate", true) => query.OrderByDescending(d => d.DueDate).ThenByDescending(d => d.Id),
        ("status", false) => query.OrderBy(d => d.Status).ThenByDescending(d => d.Date).ThenByDescending(d => d.Id),
        ("status", true) => query.OrderByDescending(d => d.Status).ThenByDescending(d => d.Date).ThenByDescending(d => d.Id),
        ("date", false) => query.OrderBy(d => d.Date).ThenBy(d => d.Id),
        _ => query.OrderByDescending(d => d.Date).ThenByDescending(d => d.Id),
    };

    private sealed record ListRow(
        long Id, DocumentKind Kind, string? Number, string Status, long CustomerId, string CustomerName, DateOnly Date, DateOnly? DueDate,
        string Currency, string? Reference, long TotalMinor, long OpenMinor);

    private static readonly System.Linq.Expressions.Expression<Func<SalesDocument, ListRow>> Row = d => new ListRow(
        d.Id, d.Kind, d.Number, d.Status, d.CustomerId, d.CustomerName, d.Date, d.DueDate, d.Currency, d.Reference, d.TotalMinor, d.OpenMinor);

    private static DocumentListItem ToItem(ListRow r, DateOnly today) => new(
        r.Id, r.Kind, r.Number, r.Status, r.CustomerId, r.CustomerName, r.Date, r.DueDate, r.Currency, r.Reference,
        new Money(r.TotalMinor, r.Currency).ToDecimal(),
        r.Kind is DocumentKind.Invoice or DocumentKind.CreditNote && r.Status != DocumentStatuses.Draft ? new Money(r.OpenMinor, r.Currency).ToDecimal() : null,
        r.Kind == DocumentKind.Invoice && r.Status is "posted" or "partlyPaid" && r.DueDate < today && r.OpenMinor > 0);
}
