using System.Linq.Expressions;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Items;
using CustomerCenter.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// What a center's customers may order: active items priced in the customer's currency (an item in another
/// currency has no price for them), at an active tax rate, limited by <c>orders.catalogSkus</c> and
/// <c>orders.catalogSkuPrefixes</c> (both empty: every active item).
/// </summary>
public sealed class PortalCatalog(AppDbContext db)
{
    public const int MaxShown = 100;

    /// <summary>Up to <see cref="MaxShown"/> orderable items by name, optionally those whose name or SKU contains <paramref name="search"/>.</summary>
    public async Task<IReadOnlyList<CatalogItem>> SearchAsync(PortalLook look, string currency, string? search, CancellationToken ct)
    {
        var query = Allowed(look, currency);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var name = SearchText.Normalize(search.Trim());
            var sku = search.Trim().ToUpperInvariant();
            query = query.Where(i => i.NameNormalized.Contains(name) || i.Sku.ToUpper().Contains(sku));
        }

        // Twice as many as shown: a few may drop out below for an inactive tax rate.
        var items = await query.OrderBy(i => i.NameNormalized).ThenBy(i => i.Id).Take(MaxShown * 2).ToListAsync(ct);
        return [.. (await WithActiveRateAsync(items, ct)).Take(MaxShown)];
    }

    /// <summary>Those of <paramref name="ids"/> that may be ordered; any id missing from the answer may not.</summary>
    public async Task<Dictionary<long, CatalogItem>> FindAsync(PortalLook look, string currency, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var items = await Allowed(look, currency).Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        return (await WithActiveRateAsync(items, ct)).ToDictionary(i => i.Id);
    }

    private IQueryable<Item> Allowed(PortalLook look, string currency)
    {
        var query = db.Items.AsNoTracking().Where(i => i.IsActive && i.Currency == currency);
        return look.CatalogSkus.Count == 0 && look.CatalogSkuPrefixes.Count == 0 ? query : query.Where(SkuFilter(look));
    }

    /// <summary>
    /// <c>Sku IN (…) OR substr(Sku, 1, n) = 'prefix' OR …</c>. Substring equality rather than LIKE: LIKE ignores
    /// case on SQLite and not on PostgreSQL, and the rule must be the same on both.
    /// </summary>
    private static Expression<Func<Item, bool>> SkuFilter(PortalLook look)
    {
        var item = Expression.Parameter(typeof(Item), "i");
        var sku = Expression.Property(item, nameof(Item.Sku));
        Expression body = Expression.Constant(false);
        if (look.CatalogSkus.Count > 0)
        {
            var skus = look.CatalogSkus.Distinct(StringComparer.Ordinal).ToList();
            body = Expression.Call(Expression.Constant(skus), typeof(List<string>).GetMethod(nameof(List<string>.Contains))!, sku);
        }

        var substring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
        foreach (var prefix in look.CatalogSkuPrefixes.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var longEnough = Expression.GreaterThanOrEqual(Expression.Property(sku, nameof(string.Length)), Expression.Constant(prefix.Length));
            var starts = Expression.Equal(
                Expression.Call(sku, substring, Expression.Constant(0), Expression.Constant(prefix.Length)),
                Expression.Constant(prefix));
            body = Expression.OrElse(body, Expression.AndAlso(longEnough, starts));
        }

        return Expression.Lambda<Func<Item, bool>>(body, item);
    }

    // Tax rates are few; comparing them in memory avoids decimal comparisons in SQL, which SQLite can't do.
    private async Task<IEnumerable<CatalogItem>> WithActiveRateAsync(List<Item> items, CancellationToken ct)
    {
        var rates = (await db.TaxRates.AsNoTracking().Where(r => r.IsActive).Select(r => r.Percent).ToListAsync(ct)).ToHashSet();
        return items.Where(i => rates.Contains(i.TaxRate))
            .Select(i => new CatalogItem(i.Id, i.Sku, i.Name, i.Description, i.Unit, i.UnitPrice, i.Currency, i.TaxRate));
    }
}
