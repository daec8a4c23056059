using CustomerCenter.Domain;
using CustomerCenter.Domain.Documents;
using LedgerEntryKind = CustomerCenter.Domain.Receivables.LedgerEntryKind;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Receivables;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Sales;

public sealed partial class SalesDocumentService
{
    /// <summary>
    /// Posting makes an invoice final: it gets its number, becomes read-only and is written to the
    /// customer's receivables ledger, all in one transaction.
    /// </summary>
    public async Task<Outcome<SalesDocument>> PostInvoiceAsync(long id, CancellationToken ct) =>
        await db.RunInTransactionAsync(async token =>
        {
            var invoice = await LoadAsync(DocumentKind.Invoice, id, token);
            if (invoice is null)
            {
                return Outcome<SalesDocument>.NotFound();
            }

            var total = new Money(invoice.TotalMinor, invoice.Currency);
            var posted = InvoiceLifecycle.Post(DocumentStatuses.Parse<InvoiceStatus>(invoice.Status), invoice.Lines.Count, total);
            if (!posted.IsSuccess)
            {
                return DocumentOutcomes.From<SalesDocument>(posted.Outcome);
            }

            invoice.Number = await NumberSequences.NextAsync(db, NumberSequences.Invoice, invoice.Date, token);
            invoice.Status = DocumentStatuses.Of(posted.Value);
            invoice.PostedAt = db.Clock.GetUtcNow().UtcDateTime;
            invoice.DueDate ??= invoice.Date;
            invoice.OpenMinor = invoice.TotalMinor;
            await LedgerWriter.WriteAsync(db, new LedgerEntry
            {
                CustomerId = invoice.CustomerId,
                Currency = invoice.Currency,
                Date = invoice.Date,
                Kind = LedgerEntryKind.Invoice,
                DocumentId = invoice.Id,
                Reference = invoice.Number,
                AmountMinor = invoice.TotalMinor,
                DueDate = invoice.DueDate,
            }, token);
            return Outcome<SalesDocument>.Ok(invoice);
        }, ct);

    /// <summary>
    /// Posting a credit note writes it to the ledger; against an invoice it is applied to that invoice at
    /// once, which a guarded UPDATE makes safe: it can never take the invoice below zero, even when a
    /// payment lands at the same moment.
    /// </summary>
    public async Task<Outcome<SalesDocument>> PostCreditNoteAsync(long id, CancellationToken ct) =>
        await db.RunInTransactionAsync(async token =>
        {
            var note = await LoadAsync(DocumentKind.CreditNote, id, token);
            if (note is null)
            {
                return Outcome<SalesDocument>.NotFound();
            }

            var total = new Money(note.TotalMinor, note.Currency);
            var status = DocumentStatuses.Parse<CreditNoteStatus>(note.Status);
            SalesDocument? invoice = null;
            DomainResult<CreditNoteStatus> posted;
            if (note.SourceId is { } invoiceId)
            {
                invoice = await db.SalesDocuments.AsNoTracking().FirstAsync(d => d.Id == invoiceId, token);
                posted = CreditNoteLifecycle.PostAgainstInvoice(
                    status, note.Lines.Count, total, DocumentStatuses.Parse<InvoiceStatus>(invoice.Status), new Money(invoice.OpenMinor, invoice.Currency));
            }
            else
            {
                posted = CreditNoteLifecycle.Post(status, note.Lines.Count, total);
            }

            if (!posted.IsSuccess)
            {
                return DocumentOutcomes.From<SalesDocument>(posted.Outcome);
            }

            if (invoice is not null && !await InvoiceBalances.ReduceOpenAsync(db, invoice.Id, note.TotalMinor, token))
            {
                return Outcome<SalesDocument>.Conflict(
                    "The invoice's open amount changed and is now smaller than this credit note; reduce the credit note.");
            }

            var now = db.Clock.GetUtcNow().UtcDateTime;
            note.Number = await NumberSequences.NextAsync(db, NumberSequences.CreditNote, note.Date, token);
            note.Status = DocumentStatuses.Of(posted.Value);
            note.PostedAt = now;
            note.OpenMinor = invoice is null ? note.TotalMinor : 0;
            var entry = await LedgerWriter.WriteAsync(db, new LedgerEntry
            {
                CustomerId = note.CustomerId,
                Currency = note.Currency,
                Date = note.Date,
                Kind = LedgerEntryKind.CreditNote,
                DocumentId = note.Id,
                Reference = note.Number,
                AmountMinor = -note.TotalMinor,
            }, token);
            if (invoice is not null && note.TotalMinor > 0)
            {
                var invoiceEntry = await db.LedgerEntries.AsNoTracking()
                    .FirstAsync(e => e.DocumentId == invoice.Id && e.Kind == LedgerEntryKind.Invoice, token);
                var date = note.Date > invoice.Date ? note.Date : invoice.Date;
                await LedgerWriter.SettleAsync(db, invoiceEntry, entry, note.TotalMinor, date, token);
            }

            return Outcome<SalesDocument>.Ok(note);
        }, ct);
}
