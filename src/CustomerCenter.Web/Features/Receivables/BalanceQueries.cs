using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>A customer's balance per currency: summary table for the balance, open amounts for overdue and credit.</summary>
public sealed class BalanceQueries(AppDbContext db)
{
    public async Task<List<BalanceDto>> ForCustomerAsync(long customerId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => new { c.Currency, c.CreditLimitMinor }).FirstAsync(ct);
        var balances = await db.CustomerBalances.AsNoTracking().Where(b => b.CustomerId == customerId)
            .ToDictionaryAsync(b => b.Currency, b => b.BalanceMinor, ct);
        var overdue = await db.SalesDocuments.AsNoTracking()
            .Where(d => d.CustomerId == customerId && d.Kind == DocumentKind.Invoice && (d.Status == "posted" || d.Status == "partlyPaid") && d.DueDate < today)
            .GroupBy(d => d.Currency).Select(g => new { g.Key, Sum = g.Sum(d => d.OpenMinor) }).ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        var paymentCredit = await db.Payments.AsNoTracking()
            .Where(p => p.CustomerId == customerId && p.Status == PaymentStatus.Posted && p.UnappliedMinor > 0)
            .GroupBy(p => p.Currency).Select(g => new { g.Key, Sum = g.Sum(p => p.UnappliedMinor) }).ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        var noteCredit = await db.SalesDocuments.AsNoTracking()
            .Where(d => d.CustomerId == customerId && d.Kind == DocumentKind.CreditNote && d.Status == "posted" && d.OpenMinor > 0)
            .GroupBy(d => d.Currency).Select(g => new { g.Key, Sum = g.Sum(d => d.OpenMinor) }).ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        var lastPayments = await db.Payments.AsNoTracking()
            .Where(p => p.CustomerId == customerId && p.Status != PaymentStatus.Received)
            .OrderByDescending(p => p.Date).ThenByDescending(p => p.Id)
            .Select(p => new { p.Currency, p.Date, p.AmountMinor }).Take(50).ToListAsync(ct);

        var currencies = balances.Keys.Union(paymentCredit.Keys).Union(noteCredit.Keys).Append(customer.Currency).Distinct().Order(StringComparer.Ordinal);
        return [.. currencies.Select(currency =>
        {
            decimal Amount(long minor) => new Money(minor, currency).ToDecimal();
            var balance = balances.GetValueOrDefault(currency);
            var last = lastPayments.FirstOrDefault(p => p.Currency == currency);
            var limit = currency == customer.Currency ? customer.CreditLimitMinor : null;
            return new BalanceDto(
                currency,
                Amount(balance),
                Amount(overdue.GetValueOrDefault(currency)),
                Amount(paymentCredit.GetValueOrDefault(currency) + noteCredit.GetValueOrDefault(currency)),
                last?.Date,
                last is null ? null : Amount(last.AmountMinor),
                limit is null ? null : Amount(limit.Value),
                limit is > 0 ? Math.Round(100m * balance / limit.Value, 1) : null);
        })];
    }
}
