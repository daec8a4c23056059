using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Items;

public sealed class ItemService(AppDbContext db)
{
    public static readonly string[] Sortable = ["name", "sku", "unitPrice"];

    public async Task<Paged<ItemDto>> ListAsync(ListQuery list, bool? active, CancellationToken ct)
    {
        var query = db.Items.AsNoTracking();
        if (active is { } isActive)
        {
            query = query.Where(i => i.IsActive == isActive);
        }

        if (list.Search is { } search)
        {
            var sku = search.Trim();
            var skuEnd = SearchText.PrefixUpperBound(sku);
            var name = SearchText.Normalize(sku);
            var nameEnd = SearchText.PrefixUpperBound(name);
            query = query.Where(i => (i.Sku.CompareTo(sku) >= 0 && i.Sku.CompareTo(skuEnd) < 0)
                || (i.NameNormalized.CompareTo(name) >= 0 && i.NameNormalized.CompareTo(nameEnd) < 0));
        }

        var total = await query.CountAsync(ct);
        query = (list.Sort, list.Descending) switch
        {
            ("sku", false) => query.OrderBy(i => i.Sku),
            ("sku", true) => query.OrderByDescending(i => i.Sku),
            ("unitPrice", false) => query.OrderBy(i => i.Currency).ThenBy(i => i.UnitPrice).ThenBy(i => i.Id),
            ("unitPrice", true) => query.OrderBy(i => i.Currency).ThenByDescending(i => i.UnitPrice).ThenBy(i => i.Id),
            (_, true) => query.OrderByDescending(i => i.NameNormalized).ThenByDescending(i => i.Id),
            _ => query.OrderBy(i => i.NameNormalized).ThenBy(i => i.Id),
        };
        var items = await query.Skip(list.Skip).Take(list.PageSize).ToListAsync(ct);
        return new Paged<ItemDto>([.. items.Select(ItemDto.From)], list.Page, list.PageSize, total);
    }

    public async Task<Outcome<Item>> CreateAsync(ItemInput input, CancellationToken ct)
    {
        var errors = input.Validate(await ActiveRatesAsync(ct));
        if (errors.IsEmpty && await db.Items.AnyAsync(i => i.Sku == input.Sku!.Trim(), ct))
        {
            errors.Add("sku", "Another item already has this SKU.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Item>.Invalid(errors);
        }

        var item = new Item { Sku = "", Name = "" };
        input.ApplyTo(item);
        db.Items.Add(item);
        return await SaveAsync(item, ct);
    }

    public async Task<Outcome<Item>> UpdateAsync(long id, ItemInput input, long? expectedVersion, CancellationToken ct)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return Outcome<Item>.NotFound();
        }

        if (expectedVersion is { } v && v != item.Version)
        {
            return Outcome<Item>.Stale();
        }

        var errors = input.Validate(await ActiveRatesAsync(ct));
        if (errors.IsEmpty && await db.Items.AnyAsync(i => i.Sku == input.Sku!.Trim() && i.Id != id, ct))
        {
            errors.Add("sku", "Another item already has this SKU.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Item>.Invalid(errors);
        }

        input.ApplyTo(item);
        return await SaveAsync(item, ct);
    }

    public Task<List<decimal>> ActiveRatesAsync(CancellationToken ct) =>
        db.TaxRates.AsNoTracking().Where(r => r.IsActive).Select(r => r.Percent).ToListAsync(ct);

    private async Task<Outcome<Item>> SaveAsync(Item item, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<Item>.Ok(item);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Item>.Stale();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Item>.Invalid("sku", "Another item already has this SKU.");
        }
    }
}
