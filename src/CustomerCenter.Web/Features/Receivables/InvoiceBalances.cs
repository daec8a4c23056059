using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// The only way an invoice's open amount changes: one conditional UPDATE that succeeds only while
/// enough is open, so two applications racing for the same invoice can't both take the last cent.
/// The status follows the open amount in the same statement.
/// </summary>
public static class InvoiceBalances
{
    public static async Task<bool> ReduceOpenAsync(AppDbContext db, long invoiceId, long amountMinor, CancellationToken ct)
    {
        if (amountMinor <= 0)
        {
            return amountMinor == 0;
        }

        var changed = await db.SalesDocuments
            .Where(d => d.Id == invoiceId && d.Kind == DocumentKind.Invoice && d.OpenMinor >= amountMinor && d.Status != DocumentStatuses.Draft)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, d => d.OpenMinor - amountMinor == 0 ? "paid" : "partlyPaid")
                .SetProperty(d => d.OpenMinor, d => d.OpenMinor - amountMinor)
                .SetProperty(d => d.Version, d => d.Version + 1), ct);
        return changed == 1;
    }

    /// <summary>Gives an amount back to an invoice (a reversed payment): never above its total.</summary>
    public static async Task<bool> IncreaseOpenAsync(AppDbContext db, long invoiceId, long amountMinor, CancellationToken ct)
    {
        var changed = await db.SalesDocuments
            .Where(d => d.Id == invoiceId && d.Kind == DocumentKind.Invoice && d.OpenMinor + amountMinor <= d.TotalMinor)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, d => d.OpenMinor + amountMinor == d.TotalMinor ? "posted" : "partlyPaid")
                .SetProperty(d => d.OpenMinor, d => d.OpenMinor + amountMinor)
                .SetProperty(d => d.Version, d => d.Version + 1), ct);
        return changed == 1;
    }
}
