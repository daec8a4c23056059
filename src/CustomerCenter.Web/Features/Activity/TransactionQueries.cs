using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>
/// A customer's documents, payments and refunds in one list. The three tables are read separately,
/// each through its (CustomerId, …) index, sorted and cut at the end of the requested page, then
/// merged: the first pages cost a few small reads even for a customer with thousands of documents.
/// </summary>
public sealed class TransactionQueries(AppDbContext db)
{
    public async Task<Paged<TransactionRow>> ListAsync(long customerId, TransactionFilter filter, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var window = filter.List.Skip + filter.List.PageSize;
        var rows = new List<TransactionRow>();
        var total = 0;

        var documentKind = filter.Type switch
        {
            TransactionType.Quote => DocumentKind.Quote,
            TransactionType.SalesOrder => DocumentKind.SalesOrder,
            TransactionType.DeliveryNote => DocumentKind.DeliveryNote,
            TransactionType.Invoice => DocumentKind.Invoice,
            TransactionType.CreditNote => DocumentKind.CreditNote,
            _ => (DocumentKind?)null,
        };
        if (filter.Type is null || documentKind is not null)
        {
            var documents = db.SalesDocuments.AsNoTracking().Where(d => d.CustomerId == customerId);
            if (documentKind is { } kind)
            {
                documents = documents.Where(d => d.Kind == kind);
            }

            if (filter.From is { } from)
            {
                documents = documents.Where(d => d.Date >= from);
            }

            if (filter.To is { } to)
            {
                documents = documents.Where(d => d.Date <= to);
            }

            total += await documents.CountAsync(ct);
            var sorted = (filter.List.Sort, filter.List.Descending) switch
            {
                // Drafts have no number: first going up, last going down, on both databases (their NULL orders differ).
                ("number", false) => documents.OrderBy(d => d.Number == null ? 0 : 1).ThenBy(d => d.Number).ThenBy(d => d.Id),
                ("number", true) => documents.OrderByDescending(d => d.Number == null ? 0 : 1).ThenByDescending(d => d.Number).ThenByDescending(d => d.Id),
                ("amount", false) => documents.OrderBy(d => d.TotalMinor).ThenBy(d => d.Id),
                ("amount", true) => documents.OrderByDescending(d => d.TotalMinor).ThenByDescending(d => d.Id),
                ("status", false) => documents.OrderBy(d => d.Status).ThenBy(d => d.Id),
                ("status", true) => documents.OrderByDescending(d => d.Status).ThenByDescending(d => d.Id),
                (_, false) => documents.OrderBy(d => d.Date).ThenBy(d => d.Id),
                _ => documents.OrderByDescending(d => d.Date).ThenByDescending(d => d.Id),
            };
            var found = await sorted.Take(window)
                .Select(d => new { d.Kind, d.Id, d.Number, d.Date, d.DueDate, d.Status, d.TotalMinor, d.OpenMinor, d.Currency })
                .ToListAsync(ct);
            rows.AddRange(found.Select(d => new TransactionRow(
                Enum.Parse<TransactionType>(d.Kind.ToString()), d.Id, d.Number, d.Date, d.DueDate, d.Status, d.TotalMinor,
                d.Kind is DocumentKind.Invoice or DocumentKind.CreditNote && d.Status != DocumentStatuses.Draft ? d.OpenMinor : null,
                d.Currency,
                d.Kind == DocumentKind.Invoice && d.Status is "posted" or "partlyPaid" && d.DueDate < today && d.OpenMinor > 0,
                DocumentPaths.PageUrl(d.Kind, d.Id))));
        }

        if (filter.Type is null or TransactionType.Payment or TransactionType.Cheque)
        {
            var payments = db.Payments.AsNoTracking().Where(p => p.CustomerId == customerId);
            if (filter.Type == TransactionType.Cheque)
            {
                payments = payments.Where(p => p.Method == PaymentMethod.Cheque);
            }

            if (filter.From is { } from)
            {
                payments = payments.Where(p => p.Date >= from);
            }

            if (filter.To is { } to)
            {
                payments = payments.Where(p => p.Date <= to);
            }

            total += await payments.CountAsync(ct);
            var sorted = (filter.List.Sort, filter.List.Descending) switch
            {
                ("number", false) => payments.OrderBy(p => p.Number).ThenBy(p => p.Id),
                ("number", true) => payments.OrderByDescending(p => p.Number).ThenByDescending(p => p.Id),
                ("amount", false) => payments.OrderBy(p => p.AmountMinor).ThenBy(p => p.Id),
                ("amount", true) => payments.OrderByDescending(p => p.AmountMinor).ThenByDescending(p => p.Id),
                ("status", false) => payments.OrderBy(p => p.Status).ThenBy(p => p.Id),
                ("status", true) => payments.OrderByDescending(p => p.Status).ThenByDescending(p => p.Id),
                (_, false) => payments.OrderBy(p => p.Date).ThenBy(p => p.Id),
                _ => payments.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id),
            };
            var found = await sorted.Take(window)
                .Select(p => new { p.Id, p.Number, p.Date, p.Status, p.Method, p.AmountMinor, p.UnappliedMinor, p.Currency })
                .ToListAsync(ct);
            rows.AddRange(found.Select(p => new TransactionRow(
                p.Method == PaymentMethod.Cheque ? TransactionType.Cheque : TransactionType.Payment, p.Id, p.Number, p.Date, null,
                ActivityText.Humanize(p.Status.ToString()), p.AmountMinor, p.UnappliedMinor, p.Currency, false, $"/payments/{p.Id}")));
        }

        if (filter.Type is null or TransactionType.Refund)
        {
            var refunds = db.Refunds.AsNoTracking().Where(r => r.CustomerId == customerId);
            if (filter.From is { } from)
            {
                refunds = refunds.Where(r => r.Date >= from);
            }

            if (filter.To is { } to)
            {
                refunds = refunds.Where(r => r.Date <= to);
            }

            total += await refunds.CountAsync(ct);
            var sorted = (filter.List.Sort, filter.List.Descending) switch
            {
                ("number", false) => refunds.OrderBy(r => r.Number).ThenBy(r => r.Id),
                ("number", true) => refunds.OrderByDescending(r => r.Number).ThenByDescending(r => r.Id),
                ("amount", false) => refunds.OrderBy(r => r.AmountMinor).ThenBy(r => r.Id),
                ("amount", true) => refunds.OrderByDescending(r => r.AmountMinor).ThenByDescending(r => r.Id),
                (_, false) => refunds.OrderBy(r => r.Date).ThenBy(r => r.Id),
                _ => refunds.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id),
            };
            var found = await sorted.Take(window).Select(r => new { r.Id, r.Number, r.Date, r.AmountMinor, r.Currency }).ToListAsync(ct);
            rows.AddRange(found.Select(r => new TransactionRow(
                TransactionType.Refund, r.Id, r.Number, r.Date, null, "paid", r.AmountMinor, null, r.Currency, false, $"/refunds?customerId={customerId}")));
        }

        var page = Merge(rows, filter.List).Skip(filter.List.Skip).Take(filter.List.PageSize).ToList();
        return new Paged<TransactionRow>(page, filter.List.Page, filter.List.PageSize, total);
    }

    /// <summary>
    /// The same order as each table's query, ties broken by table, so the merged page is the true page
    /// of the union (a row a table left out can never rank before the last one it returned).
    /// </summary>
    private static IOrderedEnumerable<TransactionRow> Merge(List<TransactionRow> rows, ListQuery list) => (list.Sort, list.Descending) switch
    {
        ("number", false) => rows.OrderBy(r => r.Number is null ? 0 : 1).ThenBy(r => r.Number, StringComparer.Ordinal).ThenBy(Source).ThenBy(r => r.Id),
        ("number", true) => rows.OrderByDescending(r => r.Number is null ? 0 : 1).ThenByDescending(r => r.Number, StringComparer.Ordinal).ThenBy(Source).ThenByDescending(r => r.Id),
        ("amount", false) => rows.OrderBy(r => r.AmountMinor).ThenBy(Source).ThenBy(r => r.Id),
        ("amount", true) => rows.OrderByDescending(r => r.AmountMinor).ThenBy(Source).ThenByDescending(r => r.Id),
        ("status", false) => rows.OrderBy(r => r.Status, StringComparer.OrdinalIgnoreCase).ThenBy(Source).ThenBy(r => r.Id),
        ("status", true) => rows.OrderByDescending(r => r.Status, StringComparer.OrdinalIgnoreCase).ThenBy(Source).ThenByDescending(r => r.Id),
        (_, false) => rows.OrderBy(r => r.Date).ThenBy(Source).ThenBy(r => r.Id),
        _ => rows.OrderByDescending(r => r.Date).ThenBy(Source).ThenByDescending(r => r.Id),
    };

    private static int Source(TransactionRow row) => row.Type switch
    {
        TransactionType.Payment or TransactionType.Cheque => 1,
        TransactionType.Refund => 2,
        _ => 0,
    };
}
