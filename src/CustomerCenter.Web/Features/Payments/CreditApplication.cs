using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using LedgerEntryKind = CustomerCenter.Domain.Receivables.LedgerEntryKind;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>
/// Applies credit (a payment's or a credit note's) to invoices inside the caller's transaction. Each
/// amount is first taken from the credit, then from the invoice's open amount, both by guarded
/// UPDATEs. If the invoice has less open than asked (someone paid it meanwhile), only what is open is
/// applied and the rest goes back to the credit: applied never exceeds either side, under any concurrency.
/// </summary>
public sealed class CreditApplication(AppDbContext db)
{
    public async Task<long> ApplyAsync(
        LedgerEntry creditEntry, Func<long, Task<bool>> take, Func<long, Task> giveBack,
        IReadOnlyList<(SalesDocument Invoice, Money Amount)> allocations, DateOnly date, CancellationToken ct)
    {
        long applied = 0;
        foreach (var (invoice, amount) in allocations)
        {
            if (!await take(amount.Minor))
            {
                break;
            }

            var onInvoice = await ApplyToInvoiceAsync(invoice.Id, amount.Minor, ct);
            if (onInvoice < amount.Minor)
            {
                await giveBack(amount.Minor - onInvoice);
            }

            if (onInvoice > 0)
            {
                var invoiceEntry = await db.LedgerEntries.AsNoTracking()
                    .FirstAsync(e => e.DocumentId == invoice.Id && e.Kind == LedgerEntryKind.Invoice, ct);
                var settledOn = Latest(date, invoiceEntry.Date, creditEntry.Date);
                await LedgerWriter.SettleAsync(db, invoiceEntry, creditEntry, onInvoice, settledOn, ct);
                applied += onInvoice;
            }
        }

        return applied;
    }

    /// <summary>Applies up to <paramref name="wanted"/>, retrying when a concurrent payment changed the open amount.</summary>
    private async Task<long> ApplyToInvoiceAsync(long invoiceId, long wanted, CancellationToken ct)
    {
        while (true)
        {
            var open = await db.SalesDocuments.AsNoTracking().Where(d => d.Id == invoiceId).Select(d => d.OpenMinor).FirstAsync(ct);
            var amount = Math.Min(open, wanted);
            if (amount <= 0)
            {
                return 0;
            }

            if (await InvoiceBalances.ReduceOpenAsync(db, invoiceId, amount, ct))
            {
                return amount;
            }
        }
    }

    public static DateOnly Latest(params DateOnly[] dates) => dates.Max();
}
