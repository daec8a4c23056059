using CustomerCenter.Domain;
using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using DomainEntry = CustomerCenter.Domain.Receivables.LedgerEntry;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// Builds a customer statement from the ledger and the allocations dated up to its end, so a
/// statement for a past period shows exactly what was true then.
/// </summary>
public sealed class StatementService(AppDbContext db)
{
    public async Task<Outcome<Statement>> BuildAsync(long customerId, string? currencyText, DateOnly? fromDate, DateOnly? toDate, string? buckets, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => new { c.Currency }).FirstOrDefaultAsync(ct);
        if (customer is null)
        {
            return Outcome<Statement>.NotFound();
        }

        var errors = new ValidationErrors();
        var currency = currencyText?.Trim().ToUpperInvariant() ?? customer.Currency;
        if (!Currency.TryGet(currency, out _))
        {
            errors.Add("currency", "Use a three-letter ISO 4217 currency code, e.g. EUR.");
        }

        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var to = toDate ?? today;
        var from = fromDate ?? new DateOnly(to.Year, to.Month, 1);
        if (from.Year < 2000 || to.Year > 2100)
        {
            errors.Add("from", "The period must lie between the years 2000 and 2100.");
        }

        if (to.DayNumber - from.DayNumber > 366 * 10)
        {
            errors.Add("to", "A statement covers at most ten years.");
        }

        var aging = AgingBuckets.Parse(buckets);
        if (!aging.IsSuccess)
        {
            errors.AddAll(aging.Errors);
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Statement>.Invalid(errors);
        }

        var entries = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.CustomerId == customerId && e.Currency == currency && e.Date <= to)
            .OrderBy(e => e.Date).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Date, e.Kind, e.Reference, e.AmountMinor, e.DueDate })
            .ToListAsync(ct);
        var settlements = await db.Allocations.AsNoTracking()
            .Where(a => a.CustomerId == customerId && a.Currency == currency && a.Date <= to)
            .Select(a => new { a.DebitEntryId, a.CreditEntryId, a.AmountMinor, a.Date })
            .ToListAsync(ct);
        var statement = Statement.Build(
            currency,
            [.. entries.Select(e => new DomainEntry(e.Date, e.Kind, e.Reference, new Money(e.AmountMinor, currency), e.DueDate, e.Id))],
            settlements.Select(s => new Settlement(s.DebitEntryId, s.CreditEntryId, new Money(s.AmountMinor, currency), s.Date)),
            from,
            to,
            aging.Value);
        if (!statement.IsSuccess)
        {
            var invalid = new ValidationErrors();
            invalid.AddAll(statement.Errors);
            return Outcome<Statement>.Invalid(invalid);
        }

        return Outcome<Statement>.Ok(statement.Value);
    }
}
