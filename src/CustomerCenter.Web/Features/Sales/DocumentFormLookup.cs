using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Items;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>A customer the document editor can choose.</summary>
public sealed record CustomerChoice(long Id, string Number, string Name, string Currency, string? City);

/// <summary>What a typed customer number or name found: one customer, several to pick from, or why none.</summary>
public sealed record CustomerLookup(CustomerChoice? Match, IReadOnlyList<CustomerChoice> Candidates, string? Error)
{
    public static readonly CustomerLookup None = new(null, [], null);
}

/// <summary>The look-ups behind the document editor: people type numbers and SKUs, the API takes ids.</summary>
public sealed class DocumentFormLookup(AppDbContext db, CustomerQueries customers)
{
    private const int MaxCandidates = 8;

    /// <summary>An exact customer number first, else a search of names (the customer list's search).</summary>
    public async Task<CustomerLookup> FindCustomerAsync(string? text, CancellationToken ct)
    {
        var typed = TextRules.Clean(text);
        if (typed is null)
        {
            return CustomerLookup.None;
        }

        var byNumber = await Active().Where(c => c.Number == typed).Select(Choice).FirstOrDefaultAsync(ct);
        if (byNumber is not null)
        {
            return new CustomerLookup(byNumber, [], null);
        }

        var errors = new ValidationErrors();
        var filter = CustomerListFilter.Parse(typed, "name", 1, MaxCandidates, null, "true", false, null, errors);
        if (!errors.IsEmpty)
        {
            return new CustomerLookup(null, [], errors.For("search").FirstOrDefault() ?? "Type a customer number or name.");
        }

        var found = (await customers.ListAsync(filter, ct)).Items;
        return found.Count switch
        {
            0 => new CustomerLookup(null, [], $"No active customer has the number or name \"{typed}\"."),
            1 => new CustomerLookup(new CustomerChoice(found[0].Id, found[0].Number, found[0].Name, found[0].Currency, found[0].City), [], null),
            _ => new CustomerLookup(null, [.. found.Select(c => new CustomerChoice(c.Id, c.Number, c.Name, c.Currency, c.City))],
                "Several customers match: pick one below, or type the customer number."),
        };
    }

    public Task<CustomerChoice?> CustomerAsync(long id, CancellationToken ct) =>
        db.Customers.AsNoTracking().Where(c => c.Id == id && c.TrashedAt == null).Select(Choice).FirstOrDefaultAsync(ct);

    /// <summary>Active items by SKU, for the SKUs given.</summary>
    public async Task<Dictionary<string, Item>> ItemsAsync(IEnumerable<string> skus, CancellationToken ct)
    {
        var wanted = skus.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Items.AsNoTracking().Where(i => wanted.Contains(i.Sku) && i.IsActive).ToDictionaryAsync(i => i.Sku, ct);
    }

    /// <summary>The SKUs of the items given by id (to show an existing document's lines).</summary>
    public async Task<Dictionary<long, string>> SkusAsync(IEnumerable<long> itemIds, CancellationToken ct)
    {
        var ids = itemIds.Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Sku, ct);
    }

    public Task<long?> InvoiceIdAsync(string number, CancellationToken ct) =>
        db.SalesDocuments.AsNoTracking().Where(d => d.Kind == DocumentKind.Invoice && d.Number == number).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);

    public Task<List<TaxRateDto>> ActiveTaxRatesAsync(CancellationToken ct) =>
        db.TaxRates.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Percent).Select(r => new TaxRateDto(r.Id, r.Name, r.Percent, r.IsActive)).ToListAsync(ct);

    private IQueryable<Customer> Active() => db.Customers.AsNoTracking().Where(c => c.TrashedAt == null && c.IsActive);

    private static readonly System.Linq.Expressions.Expression<Func<Customer, CustomerChoice>> Choice =
        c => new CustomerChoice(c.Id, c.Number, c.Name, c.Currency, c.BillingAddress.City);
}
