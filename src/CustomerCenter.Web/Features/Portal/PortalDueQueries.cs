using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Sales;
using CustomerCenter.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

public sealed record PortalDueItem(long Id, string? Number, DateOnly Date, DateOnly? DueDate, string? Reference, string Currency, decimal Total, decimal AmountDue, int DaysOverdue);

/// <summary>A page of open invoices with what is due and overdue in all, per currency.</summary>
public sealed record PortalDueList(Paged<PortalDueItem> Page, IReadOnlyList<Money> Due, IReadOnlyList<Money> Overdue);

/// <summary>The customer's open invoices with due dates and days overdue (Due Payments).</summary>
public sealed class PortalDueQueries(AppDbContext db)
{
    public static readonly string[] Sortable = ["dueDate", "date", "number", "total", "amountDue"];

    public async Task<PortalDueList> ListAsync(long customerId, ListQuery list, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var open = db.SalesDocuments.AsNoTracking().Where(d => d.CustomerId == customerId && d.Kind == DocumentKind.Invoice
            && (d.Status == "posted" || d.Status == "partlyPaid") && d.OpenMinor > 0);
        var sums = await open.GroupBy(d => d.Currency)
            .Select(g => new { Currency = g.Key, Due = g.Sum(d => d.OpenMinor), Overdue = g.Sum(d => d.DueDate < today ? d.OpenMinor : 0) })
            .ToListAsync(ct);

        if (list.Search is { } search)
        {
            var upper = search.ToUpperInvariant();
            var upperEnd = SearchText.PrefixUpperBound(upper);
            var end = SearchText.PrefixUpperBound(search);
            open = open.Where(d => (d.Number != null && d.Number.CompareTo(upper) >= 0 && d.Number.CompareTo(upperEnd) < 0)
                || (d.Reference != null && d.Reference.CompareTo(search) >= 0 && d.Reference.CompareTo(end) < 0));
        }

        var total = await open.CountAsync(ct);
        var sorted = (list.Sort, list.Descending) switch
        {
            ("date", false) => open.OrderBy(d => d.Date).ThenBy(d => d.Id),
            ("date", true) => open.OrderByDescending(d => d.Date).ThenByDescending(d => d.Id),
            ("number", false) => open.OrderBy(d => d.Number).ThenBy(d => d.Id),
            ("number", true) => open.OrderByDescending(d => d.Number).ThenByDescending(d => d.Id),
            ("total", false) => open.OrderBy(d => d.TotalMinor).ThenBy(d => d.Id),
            ("total", true) => open.OrderByDescending(d => d.TotalMinor).ThenByDescending(d => d.Id),
            ("amountDue", false) => open.OrderBy(d => d.OpenMinor).ThenBy(d => d.Id),
            ("amountDue", true) => open.OrderByDescending(d => d.OpenMinor).ThenByDescending(d => d.Id),
            ("dueDate", true) => open.OrderByDescending(d => d.DueDate).ThenByDescending(d => d.Id),
            _ => open.OrderBy(d => d.DueDate).ThenBy(d => d.Id),
        };
        var rows = await sorted.Skip(list.Skip).Take(list.PageSize)
            .Select(d => new { d.Id, d.Number, d.Date, d.DueDate, d.Reference, d.Currency, d.TotalMinor, d.OpenMinor })
            .ToListAsync(ct);
        var items = rows.Select(r => new PortalDueItem(
            r.Id, r.Number, r.Date, r.DueDate, r.Reference, r.Currency, new Money(r.TotalMinor, r.Currency).ToDecimal(), new Money(r.OpenMinor, r.Currency).ToDecimal(),
            r.DueDate is { } due && due < today ? today.DayNumber - due.DayNumber : 0)).ToList();
        return new PortalDueList(
            new Paged<PortalDueItem>(items, list.Page, list.PageSize, total),
            [.. sums.OrderBy(s => s.Currency).Select(s => new Money(s.Due, s.Currency))],
            [.. sums.Where(s => s.Overdue > 0).OrderBy(s => s.Currency).Select(s => new Money(s.Overdue, s.Currency))]);
    }
}
