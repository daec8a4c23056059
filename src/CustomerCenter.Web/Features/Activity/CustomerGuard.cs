using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>Activity is only added to customers that exist (else 404) and are not in the trash (else 409).</summary>
internal static class CustomerGuard
{
    public const string TrashedMessage = "This customer is in the trash: restore it first.";

    /// <summary>Null when the customer can take new activity; otherwise the failed outcome to return.</summary>
    public static async Task<Outcome<T>?> CheckAsync<T>(AppDbContext db, long customerId, CancellationToken ct)
    {
        var trashedAt = await db.Customers.Where(c => c.Id == customerId).Select(c => new { c.TrashedAt }).FirstOrDefaultAsync(ct);
        if (trashedAt is null)
        {
            return Outcome<T>.NotFound();
        }

        return trashedAt.TrashedAt is null ? null : Outcome<T>.Conflict(TrashedMessage);
    }
}
