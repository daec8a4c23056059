using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Payments;

public sealed record PaymentListFilter(ListQuery List, long? CustomerId, PaymentStatus? Status, PaymentMethod? Method, DateOnly? From, DateOnly? To)
{
    public static readonly string[] Sortable = ["date", "number", "customer", "amount", "status"];
}

public sealed class PaymentQueries(AppDbContext db)
{
    public async Task<Paged<PaymentListItem>> ListAsync(PaymentListFilter filter, CancellationToken ct)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(ct);
        var rows = await Sorted(query, filter.List).Skip(filter.List.Skip).Take(filter.List.PageSize).ToListAsync(ct);
        return new Paged<PaymentListItem>([.. rows.Select(ToItem)], filter.List.Page, filter.List.PageSize, total);
    }

    public async IAsyncEnumerable<PaymentListItem> StreamAsync(PaymentListFilter filter)
    {
        await foreach (var row in Sorted(Filtered(filter), filter.List).AsAsyncEnumerable())
        {
            yield return ToItem(row);
        }
    }

    public async Task<PaymentDto?> GetAsync(long id, long? customerScope, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && (customerScope == null || p.CustomerId == customerScope), ct);
        if (payment is null)
        {
            return null;
        }

        var name = await db.Customers.Where(c => c.Id == payment.CustomerId).Select(c => c.Name).FirstAsync(ct);
        var entryIds = db.LedgerEntries.Where(e => e.PaymentId == id && e.Kind == CustomerCenter.Domain.Receivables.LedgerEntryKind.Payment).Select(e => e.Id);
        var allocations = await (
                from a in db.Allocations
                where entryIds.Contains(a.CreditEntryId)
                join debit in db.LedgerEntries on a.DebitEntryId equals debit.Id
                where debit.DocumentId != null
                select new { InvoiceId = debit.DocumentId!.Value, debit.Reference, a.AmountMinor, a.Date, a.Id })
            .OrderBy(a => a.Id).ToListAsync(ct);
        decimal Amount(long minor) => new Money(minor, payment.Currency).ToDecimal();
        var applied = allocations.Sum(a => a.AmountMinor);
        return new PaymentDto(
            payment.Id, payment.Number, payment.CustomerId, name, payment.Date, Amount(payment.AmountMinor), payment.Currency, payment.Method,
            payment.Reference, payment.Status, Amount(applied), Amount(payment.UnappliedMinor),
            payment.Method == PaymentMethod.Cheque ? new ChequeDto(payment.ChequeNumber, payment.ChequeBank, payment.ChequeDate, payment.DepositedOn) : null,
            [.. allocations.Select(a => new AllocationDto(a.InvoiceId, a.Reference, Amount(a.AmountMinor), a.Date))],
            payment.ReversedOn, payment.ReversalReason, DateTime.SpecifyKind(payment.CreatedAt, DateTimeKind.Utc), payment.Version);
    }

    // A class with settable members, not a positional record: EF can sort on members of an object initializer only.
    private sealed class Row
    {
        public long Id { get; init; }

        public string Number { get; init; } = "";

        public long CustomerId { get; init; }

        public string CustomerName { get; init; } = "";

        public DateOnly Date { get; init; }

        public long AmountMinor { get; init; }

        public string Currency { get; init; } = "";

        public PaymentMethod Method { get; init; }

        public string? Reference { get; init; }

        public PaymentStatus Status { get; init; }

        public long UnappliedMinor { get; init; }

        public string? ChequeNumber { get; init; }
    }

    private IQueryable<Row> Filtered(PaymentListFilter filter)
    {
        var payments = db.Payments.AsNoTracking();
        if (filter.CustomerId is { } customerId)
        {
            payments = payments.Where(p => p.CustomerId == customerId);
        }

        if (filter.Status is { } status)
        {
            payments = payments.Where(p => p.Status == status);
        }

        if (filter.Method is { } method)
        {
            payments = payments.Where(p => p.Method == method);
        }

        if (filter.From is { } from)
        {
            payments = payments.Where(p => p.Date >= from);
        }

        if (filter.To is { } to)
        {
            payments = payments.Where(p => p.Date <= to);
        }

        if (filter.List.Search is { } search)
        {
            var upper = search.Trim().ToUpperInvariant();
            var upperEnd = SearchText.PrefixUpperBound(upper);
            var customers = db.Customers.Select(c => c.Id);
            foreach (var word in SearchText.Words(search).Distinct().Take(5))
            {
                var end = SearchText.PrefixUpperBound(word);
                var matching = db.CustomerSearchTerms.Where(t => t.Term.CompareTo(word) >= 0 && t.Term.CompareTo(end) < 0).Select(t => t.CustomerId);
                customers = customers.Where(id => matching.Contains(id));
            }

            payments = payments.Where(p => (p.Number.CompareTo(upper) >= 0 && p.Number.CompareTo(upperEnd) < 0)
                || p.Reference == search.Trim() || p.ChequeNumber == search.Trim() || customers.Contains(p.CustomerId));
        }

        return from p in payments
               join c in db.Customers on p.CustomerId equals c.Id
               select new Row
               {
                   Id = p.Id,
                   Number = p.Number,
                   CustomerId = p.CustomerId,
                   CustomerName = c.Name,
                   Date = p.Date,
                   AmountMinor = p.AmountMinor,
                   Currency = p.Currency,
                   Method = p.Method,
                   Reference = p.Reference,
                   Status = p.Status,
                   UnappliedMinor = p.UnappliedMinor,
                   ChequeNumber = p.ChequeNumber,
               };
    }

    private static IQueryable<Row> Sorted(IQueryable<Row> query, ListQuery list) => (list.Sort, list.Descending) switch
    {
        ("number", false) => query.OrderBy(p => p.Number),
        ("number", true) => query.OrderByDescending(p => p.Number),
        ("customer", false) => query.OrderBy(p => p.CustomerName).ThenByDescending(p => p.Date),
        ("customer", true) => query.OrderByDescending(p => p.CustomerName).ThenByDescending(p => p.Date),
        ("amount", false) => query.OrderBy(p => p.AmountMinor).ThenBy(p => p.Id),
        ("amount", true) => query.OrderByDescending(p => p.AmountMinor).ThenByDescending(p => p.Id),
        ("status", false) => query.OrderBy(p => p.Status).ThenByDescending(p => p.Date),
        ("status", true) => query.OrderByDescending(p => p.Status).ThenByDescending(p => p.Date),
        ("date", false) => query.OrderBy(p => p.Date).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id),
    };

    private static PaymentListItem ToItem(Row r) => new(
        r.Id, r.Number, r.CustomerId, r.CustomerName, r.Date, new Money(r.AmountMinor, r.Currency).ToDecimal(), r.Currency, r.Method, r.Reference,
        r.Status, new Money(r.UnappliedMinor, r.Currency).ToDecimal(), r.ChequeNumber);

    public async Task<List<RefundDto>> RefundsAsync(long? customerId, int take, CancellationToken ct)
    {
        var rows = await (from r in db.Refunds.AsNoTracking()
                          join c in db.Customers on r.CustomerId equals c.Id
                          where customerId == null || r.CustomerId == customerId
                          orderby r.Date descending, r.Id descending
                          select new { r, c.Name }).Take(take).ToListAsync(ct);
        return [.. rows.Select(x => ToDto(x.r, x.Name))];
    }

    public async Task<RefundDto?> RefundAsync(long id, CancellationToken ct)
    {
        var row = await (from r in db.Refunds.AsNoTracking()
                         join c in db.Customers on r.CustomerId equals c.Id
                         where r.Id == id
                         select new { r, c.Name }).FirstOrDefaultAsync(ct);
        return row is null ? null : ToDto(row.r, row.Name);
    }

    public static RefundDto ToDto(Refund r, string customerName) => new(
        r.Id, r.Number, r.CustomerId, customerName, r.Date, new Money(r.AmountMinor, r.Currency).ToDecimal(), r.Currency, r.Method, r.Reference,
        r.PaymentId, r.CreditNoteId, DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc));
}
