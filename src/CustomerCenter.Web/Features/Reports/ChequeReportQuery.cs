using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Payments;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>Cheques received, deposited, bounced or reversed, per customer, with totals per currency and status.</summary>
public sealed class ChequeReportQuery(AppDbContext db)
{
    public async Task<ChequeReport> RunAsync(ChequeReportFilter filter, CancellationToken ct)
    {
        var cheques = Cheques(filter);
        var totals = await cheques.GroupBy(c => new { c.Currency, c.Status })
            .Select(g => new ChequeReportTotal(g.Key.Currency, g.Key.Status, g.Count(), g.Sum(c => c.Amount))).ToListAsync(ct);
        var page = await Sorted(cheques, filter.List).Skip(filter.List.Skip).Take(filter.List.PageSize).ToListAsync(ct);
        return new ChequeReport(filter, [.. page.Select(r => r.ToRow())], [.. totals.OrderBy(t => t.Currency, StringComparer.Ordinal).ThenBy(t => t.Status)]);
    }

    public async Task<IReadOnlyList<ChequeReportRow>> AllRowsAsync(ChequeReportFilter filter, CancellationToken ct) =>
        [.. (await Sorted(Cheques(filter), filter.List).ToListAsync(ct)).Select(r => r.ToRow())];

    private IQueryable<Record> Cheques(ChequeReportFilter filter)
    {
        var payments = db.Payments.AsNoTracking().Where(p => p.Method == PaymentMethod.Cheque);
        if (filter.Status is { } status)
        {
            payments = payments.Where(p => p.Status == status);
        }

        if (filter.From is { } from)
        {
            payments = payments.Where(p => p.Date >= from);
        }

        if (filter.To is { } to)
        {
            payments = payments.Where(p => p.Date <= to);
        }

        if (filter.CustomerId is { } customerId)
        {
            payments = payments.Where(p => p.CustomerId == customerId);
        }

        if (filter.Currency is { } currency)
        {
            payments = payments.Where(p => p.Currency == currency);
        }

        if (CustomerSearch.Matching(db, filter.List.Search) is { } matching)
        {
            payments = payments.Where(p => matching.Contains(p.CustomerId));
        }

        return from p in payments
               join c in db.Customers on p.CustomerId equals c.Id
               select new Record
               {
                   PaymentId = p.Id,
                   Number = p.Number,
                   CustomerId = p.CustomerId,
                   CustomerName = c.Name,
                   CustomerNumber = c.Number,
                   CustomerSort = c.NameNormalized,
                   Currency = p.Currency,
                   Date = p.Date,
                   ChequeNumber = p.ChequeNumber,
                   Bank = p.ChequeBank,
                   ChequeDate = p.ChequeDate,
                   Amount = p.AmountMinor,
                   Status = p.Status,
                   DepositedOn = p.DepositedOn,
                   UndoneOn = p.ReversedOn,
               };
    }

    private static IQueryable<Record> Sorted(IQueryable<Record> rows, ListQuery list) => (list.Sort, list.Descending) switch
    {
        ("number", false) => rows.OrderBy(r => r.Number),
        ("number", true) => rows.OrderByDescending(r => r.Number),
        ("customer", false) => rows.OrderBy(r => r.CustomerSort).ThenBy(r => r.CustomerId).ThenByDescending(r => r.Date).ThenBy(r => r.PaymentId),
        ("customer", true) => rows.OrderByDescending(r => r.CustomerSort).ThenBy(r => r.CustomerId).ThenByDescending(r => r.Date).ThenBy(r => r.PaymentId),
        ("amount", false) => rows.OrderBy(r => r.Currency).ThenBy(r => r.Amount).ThenBy(r => r.PaymentId),
        ("amount", true) => rows.OrderBy(r => r.Currency).ThenByDescending(r => r.Amount).ThenBy(r => r.PaymentId),
        ("status", false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.Date).ThenBy(r => r.PaymentId),
        ("status", true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.Date).ThenBy(r => r.PaymentId),
        (_, false) => rows.OrderBy(r => r.Date).ThenBy(r => r.PaymentId),
        _ => rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.PaymentId),
    };

    /// <summary>The projection EF sorts, groups and pages (init members translate; a constructor call does not).</summary>
    private sealed class Record
    {
        public long PaymentId { get; init; }

        public string Number { get; init; } = "";

        public long CustomerId { get; init; }

        public string CustomerName { get; init; } = "";

        public string CustomerNumber { get; init; } = "";

        public string CustomerSort { get; init; } = "";

        public string Currency { get; init; } = "";

        public DateOnly Date { get; init; }

        public string? ChequeNumber { get; init; }

        public string? Bank { get; init; }

        public DateOnly? ChequeDate { get; init; }

        public long Amount { get; init; }

        public PaymentStatus Status { get; init; }

        public DateOnly? DepositedOn { get; init; }

        public DateOnly? UndoneOn { get; init; }

        public ChequeReportRow ToRow() => new(
            PaymentId, Number, CustomerId, CustomerName, CustomerNumber, Currency, Date, ChequeNumber, Bank, ChequeDate, Amount, Status, DepositedOn, UndoneOn);
    }
}
