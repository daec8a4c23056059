using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>Reads one customer (trashed ones included: their page and history stay reachable).</summary>
public sealed class CustomerReader(AppDbContext db, CustomerQueries queries)
{
    public async Task<CustomerDto?> GetAsync(long id, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return customer is null ? null : CustomerDto.From(customer, await queries.FieldsAsync(ct));
    }

    public Task<bool> ExistsAsync(long id, CancellationToken ct) => db.Customers.AnyAsync(c => c.Id == id, ct);
}
