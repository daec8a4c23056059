using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>
/// Guarded UPDATEs on what a payment or credit note still has to give: each succeeds only while enough
/// is left, so concurrent applications and refunds can't spend the same credit twice.
/// </summary>
public static class CreditBalances
{
    public static async Task<bool> TakeFromPaymentAsync(AppDbContext db, long paymentId, long amountMinor, CancellationToken ct) =>
        amountMinor == 0 || await db.Payments
            .Where(p => p.Id == paymentId && p.Status == PaymentStatus.Posted && p.UnappliedMinor >= amountMinor)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UnappliedMinor, p => p.UnappliedMinor - amountMinor), ct) == 1;

    public static Task GiveBackToPaymentAsync(AppDbContext db, long paymentId, long amountMinor, CancellationToken ct) =>
        db.Payments.Where(p => p.Id == paymentId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UnappliedMinor, p => p.UnappliedMinor + amountMinor), ct);

    public static async Task<bool> TakeFromCreditNoteAsync(AppDbContext db, long creditNoteId, long amountMinor, CancellationToken ct) =>
        amountMinor == 0 || await db.SalesDocuments
            .Where(d => d.Id == creditNoteId && d.Kind == DocumentKind.CreditNote && d.Status == "posted" && d.OpenMinor >= amountMinor)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.OpenMinor, d => d.OpenMinor - amountMinor), ct) == 1;

    public static Task GiveBackToCreditNoteAsync(AppDbContext db, long creditNoteId, long amountMinor, CancellationToken ct) =>
        db.SalesDocuments.Where(d => d.Id == creditNoteId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.OpenMinor, d => d.OpenMinor + amountMinor), ct);
}
