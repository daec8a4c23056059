using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>Reads the customers documents can be made for (not in the trash), by id, through the app's model.</summary>
internal static class BenchCustomers
{
    public static async Task<List<BenchCustomer>> ReadAsync(AppDbContext db, CancellationToken ct)
    {
        var primary = await db.Contacts.AsNoTracking().Where(c => c.IsPrimary && c.TrashedAt == null)
            .Select(c => new { c.CustomerId, c.Id, c.Name }).ToListAsync(ct);
        var contacts = primary.GroupBy(c => c.CustomerId).ToDictionary(g => g.Key, g => g.First());
        var customers = await db.Customers.AsNoTracking().Where(c => c.TrashedAt == null).OrderBy(c => c.Id).ToListAsync(ct);
        return [.. customers.Select(c =>
        {
            var contact = contacts.GetValueOrDefault(c.Id);
            return new BenchCustomer(
                c.Id, c.Number, c.Name, c.VatNumber, c.Currency, c.Language, c.PaymentTermsDays,
                c.BillingAddress, c.ShippingAddresses.FirstOrDefault() ?? c.BillingAddress,
                DateOnly.FromDateTime(c.CreatedAt), c.IsActive, contact?.Id, contact?.Name);
        })];
    }
}
