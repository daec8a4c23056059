using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>Small reads the report pages share: the currencies for the filter, the company's currency, a customer's name.</summary>
public sealed class ReportLookups(AppDbContext db)
{
    /// <summary>The currencies customers have balances in, and the company's default.</summary>
    public async Task<IReadOnlyList<string>> CurrenciesAsync(CancellationToken ct)
    {
        var used = await db.CustomerBalances.AsNoTracking().Select(b => b.Currency).Distinct().ToListAsync(ct);
        return [.. used.Append(await DefaultCurrencyAsync(ct)).Distinct().Order(StringComparer.Ordinal)];
    }

    public async Task<string> DefaultCurrencyAsync(CancellationToken ct) =>
        await db.CompanySettings.AsNoTracking().Select(s => s.DefaultCurrency).FirstOrDefaultAsync(ct) ?? "EUR";

    public async Task<string?> CustomerNameAsync(long? id, CancellationToken ct) =>
        id is { } customerId ? await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).FirstOrDefaultAsync(ct) : null;

    public DateOnly Today => ReportParameters.Today(db.Clock);
}
