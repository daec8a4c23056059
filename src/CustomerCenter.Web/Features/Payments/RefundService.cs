using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using LedgerEntryKind = CustomerCenter.Domain.Receivables.LedgerEntryKind;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>
/// Pays credit back to the customer: a payment's unapplied remainder or a credit note's open amount.
/// The credit is taken by a guarded UPDATE, so a refund can never exceed what is left, even when two
/// are made at once.
/// </summary>
public sealed class RefundService(AppDbContext db, PaymentValidator validator)
{
    public async Task<Outcome<Refund>> CreateAsync(RefundInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var customer = await validator.CustomerAsync(input.CustomerId, errors, ct);
        var date = validator.Date(input.Date, errors);
        if (input.Method is not { } method || !Enum.IsDefined(method))
        {
            errors.Add("method", "Choose bankTransfer, card, cash, cheque or other.");
            method = PaymentMethod.Other;
        }

        TextRules.CheckText(errors, "reference", input.Reference, PaymentService.MaxText, label: "The reference");
        if ((input.PaymentId is null) == (input.CreditNoteId is null))
        {
            errors.Add("paymentId", "Refund either a payment's unapplied credit (paymentId) or a credit note (creditNoteId).");
        }

        Payment? payment = null;
        SalesDocument? note = null;
        if (customer is not null && input.PaymentId is { } paymentId)
        {
            payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId && p.CustomerId == customer.Id && p.Status == PaymentStatus.Posted, ct);
            if (payment is null)
            {
                errors.Add("paymentId", "There is no posted payment with this id for this customer.");
            }
        }

        if (customer is not null && input.CreditNoteId is { } noteId)
        {
            note = await db.SalesDocuments.AsNoTracking()
                .FirstOrDefaultAsync(d => d.Id == noteId && d.Kind == DocumentKind.CreditNote && d.CustomerId == customer.Id && d.Status == "posted", ct);
            if (note is null)
            {
                errors.Add("creditNoteId", "There is no posted credit note with this id for this customer.");
            }
        }

        var currency = payment?.Currency ?? note?.Currency ?? customer?.Currency ?? "EUR";
        var amount = validator.Amount(input.Amount, input.Currency ?? currency, currency, errors);
        if (amount is { } a && a.Currency != currency)
        {
            errors.Add("currency", $"The credit is in {currency}: refund it in {currency}.");
        }

        var available = payment?.UnappliedMinor ?? note?.OpenMinor ?? 0;
        if (amount is { } wanted && (payment is not null || note is not null) && wanted.Minor > available)
        {
            errors.Add("amount", $"The refund is larger than the credit left ({new CustomerCenter.Domain.Money(available, currency).Format()}).");
        }

        if (!errors.IsEmpty || customer is null || amount is null)
        {
            return Outcome<Refund>.Invalid(errors);
        }

        return await db.RunInTransactionAsync(async token =>
        {
            var taken = payment is not null
                ? await CreditBalances.TakeFromPaymentAsync(db, payment.Id, amount.Value.Minor, token)
                : await CreditBalances.TakeFromCreditNoteAsync(db, note!.Id, amount.Value.Minor, token);
            if (!taken)
            {
                return Outcome<Refund>.Conflict("The credit was used meanwhile and is now smaller than this refund.");
            }

            var creditEntry = payment is not null
                ? await db.LedgerEntries.AsNoTracking().FirstAsync(e => e.PaymentId == payment.Id && e.Kind == LedgerEntryKind.Payment, token)
                : await db.LedgerEntries.AsNoTracking().FirstAsync(e => e.DocumentId == note!.Id && e.Kind == LedgerEntryKind.CreditNote, token);
            var refundOn = CreditApplication.Latest(date, creditEntry.Date);
            var refund = new Refund
            {
                Number = await NumberSequences.NextAsync(db, NumberSequences.Refund, refundOn, token),
                CustomerId = customer.Id,
                Date = refundOn,
                AmountMinor = amount.Value.Minor,
                Currency = currency,
                Method = method,
                Reference = TextRules.Clean(input.Reference),
                PaymentId = payment?.Id,
                CreditNoteId = note?.Id,
                CreatedAt = db.Clock.GetUtcNow().UtcDateTime,
            };
            db.Refunds.Add(refund);
            await db.SaveChangesAsync(token);
            var entry = await LedgerWriter.WriteAsync(db, new LedgerEntry
            {
                CustomerId = customer.Id,
                Currency = currency,
                Date = refundOn,
                Kind = LedgerEntryKind.Refund,
                RefundId = refund.Id,
                Reference = refund.Number,
                AmountMinor = refund.AmountMinor,
            }, token);
            await LedgerWriter.SettleAsync(db, entry, creditEntry, refund.AmountMinor, refundOn, token);
            return Outcome<Refund>.Ok(refund);
        }, ct);
    }
}
