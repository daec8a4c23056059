using System.Text.Json;
using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Receivables;
using Microsoft.EntityFrameworkCore;
using LedgerEntryKind = CustomerCenter.Domain.Receivables.LedgerEntryKind;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>
/// Receiving money: record (posted at once, or "received" for a cheque until it is deposited), apply
/// unapplied credit later, reverse, deposit and bounce cheques. Every move is one transaction.
/// </summary>
public sealed class PaymentService(AppDbContext db, PaymentValidator validator, CreditApplication credit)
{
    public const int MaxText = 100;

    public async Task<Outcome<Payment>> RecordAsync(PaymentInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var customer = await validator.CustomerAsync(input.CustomerId, errors, ct);
        var amount = validator.Amount(input.Amount, input.Currency, customer?.Currency ?? "EUR", errors);
        var date = validator.Date(input.Date, errors);
        if (input.Method is not { } method || !Enum.IsDefined(method))
        {
            errors.Add("method", "Choose bankTransfer, card, cash, cheque or other.");
            method = PaymentMethod.Other;
        }

        TextRules.CheckText(errors, "reference", input.Reference, MaxText, label: "The reference");
        if (method == PaymentMethod.Cheque)
        {
            TextRules.CheckRequired(errors, "cheque.number", input.Cheque?.Number, "The cheque number");
            TextRules.CheckText(errors, "cheque.number", input.Cheque?.Number, 40, label: "The cheque number");
            TextRules.CheckText(errors, "cheque.bank", input.Cheque?.Bank, MaxText, label: "The bank");
        }

        var allocations = customer is not null && amount is { } available
            ? await validator.AllocationsAsync(customer.Id, available, input.Allocations, errors, ct)
            : [];
        if (!errors.IsEmpty || customer is null || amount is null)
        {
            return Outcome<Payment>.Invalid(errors);
        }

        return await db.RunInTransactionAsync(async token =>
        {
            var payment = new Payment
            {
                Number = await NumberSequences.NextAsync(db, NumberSequences.Payment, date, token),
                CustomerId = customer.Id,
                Date = date,
                AmountMinor = amount.Value.Minor,
                Currency = amount.Value.Currency,
                Method = method,
                Reference = TextRules.Clean(input.Reference),
                Status = method == PaymentMethod.Cheque ? PaymentStatus.Received : PaymentStatus.Posted,
                UnappliedMinor = amount.Value.Minor,
                ChequeNumber = method == PaymentMethod.Cheque ? TextRules.Clean(input.Cheque?.Number) : null,
                ChequeBank = method == PaymentMethod.Cheque ? TextRules.Clean(input.Cheque?.Bank) : null,
                ChequeDate = method == PaymentMethod.Cheque ? input.Cheque?.Date : null,
            };
            if (payment.Status == PaymentStatus.Received)
            {
                // A cheque is only money once the bank has it: keep the wished allocations for the deposit.
                payment.PlannedAllocations = JsonSerializer.Serialize(allocations.Select(a => new PlannedAllocation(a.Invoice.Id, a.Amount.Minor)));
                db.Payments.Add(payment);
                await db.SaveChangesAsync(token);
                return Outcome<Payment>.Ok(payment);
            }

            db.Payments.Add(payment);
            await db.SaveChangesAsync(token);
            await PostAsync(payment, date, allocations, token);
            return Outcome<Payment>.Ok(payment);
        }, ct);
    }

    /// <summary>Applies unapplied credit of a posted payment to open invoices.</summary>
    public async Task<Outcome<Payment>> ApplyCreditAsync(long id, ApplyCreditInput input, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (payment is null)
        {
            return Outcome<Payment>.NotFound();
        }

        if (payment.Status != PaymentStatus.Posted)
        {
            return Outcome<Payment>.Conflict($"A payment that is {payment.Status.ToString().ToLowerInvariant()} has no credit to apply.");
        }

        var errors = new ValidationErrors();
        var date = validator.Date(input.Date, errors);
        if (payment.UnappliedMinor == 0)
        {
            return Outcome<Payment>.Conflict("This payment is fully applied already.");
        }

        var allocations = await validator.AllocationsAsync(payment.CustomerId, new Money(payment.UnappliedMinor, payment.Currency), input.Allocations, errors, ct);
        if (allocations.Count == 0 && errors.IsEmpty)
        {
            errors.Add("allocations", "Choose at least one invoice.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Payment>.Invalid(errors);
        }

        return await db.RunInTransactionAsync(async token =>
        {
            var entry = await EntryOfAsync(payment.Id, token);
            await credit.ApplyAsync(entry, a => CreditBalances.TakeFromPaymentAsync(db, payment.Id, a, token),
                a => CreditBalances.GiveBackToPaymentAsync(db, payment.Id, a, token), allocations, CreditApplication.Latest(date, payment.Date), token);
            return Outcome<Payment>.Ok(await db.Payments.AsNoTracking().FirstAsync(p => p.Id == id, token));
        }, ct);
    }

    /// <summary>Undoes a posted payment: a reversal entry, and every application taken back so its invoices open again.</summary>
    public Task<Outcome<Payment>> ReverseAsync(long id, ReverseInput input, CancellationToken ct) =>
        UndoAsync(id, input.Date, input.Reason, LedgerEntryKind.PaymentReversal, PaymentStatus.Reversed, ct);

    /// <summary>The bank returned the cheque: a deposited one is undone like a reversal; an undeposited one just stops.</summary>
    public async Task<Outcome<Payment>> BounceAsync(long id, ReverseInput input, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (payment is null || payment.Method != PaymentMethod.Cheque)
        {
            return Outcome<Payment>.NotFound();
        }

        if (payment.Status == PaymentStatus.Received)
        {
            // The same checks as a deposited cheque's bounce (UndoAsync): the reason is stored, so its length matters.
            var errors = new ValidationErrors();
            var date = validator.Date(input.Date, errors);
            TextRules.CheckText(errors, "reason", input.Reason, 500, label: "The reason");
            if (!errors.IsEmpty)
            {
                return Outcome<Payment>.Invalid(errors);
            }

            return await db.RunInTransactionAsync(async token =>
            {
                var cheque = await db.Payments.FirstAsync(p => p.Id == id, token);
                if (cheque.Status != PaymentStatus.Received)
                {
                    return Outcome<Payment>.Conflict("The cheque changed meanwhile; reload it.");
                }

                cheque.Status = PaymentStatus.Bounced;
                cheque.UnappliedMinor = 0;
                cheque.ReversedOn = CreditApplication.Latest(date, cheque.Date);
                cheque.ReversalReason = TextRules.Clean(input.Reason);
                await db.SaveChangesAsync(token);
                return Outcome<Payment>.Ok(cheque);
            }, ct);
        }

        return await UndoAsync(id, input.Date, input.Reason, LedgerEntryKind.ChequeBounce, PaymentStatus.Bounced, ct);
    }

    /// <summary>A received cheque is deposited: now it is posted to the ledger and its planned allocations are applied.</summary>
    public async Task<Outcome<Payment>> DepositAsync(long id, DepositInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var date = validator.Date(input.Date, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<Payment>.Invalid(errors);
        }

        return await db.RunInTransactionAsync(async token =>
        {
            var payment = await db.Payments.FirstOrDefaultAsync(p => p.Id == id && p.Method == PaymentMethod.Cheque, token);
            if (payment is null)
            {
                return Outcome<Payment>.NotFound();
            }

            if (payment.Status != PaymentStatus.Received)
            {
                return Outcome<Payment>.Conflict($"Only a received cheque can be deposited; this one is {payment.Status.ToString().ToLowerInvariant()}.");
            }

            if (date < payment.Date)
            {
                return Outcome<Payment>.Invalid("date", "A cheque can't be deposited before it was received.");
            }

            var planned = JsonSerializer.Deserialize<List<PlannedAllocation>>(payment.PlannedAllocations ?? "[]") ?? [];
            var ids = planned.Select(p => p.InvoiceId).ToList();
            var invoices = await db.SalesDocuments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, token);
            payment.Status = PaymentStatus.Posted;
            payment.DepositedOn = date;
            await db.SaveChangesAsync(token);
            await PostAsync(payment, date, [.. planned.Where(p => invoices.ContainsKey(p.InvoiceId))
                .Select(p => (invoices[p.InvoiceId], new Money(p.AmountMinor, payment.Currency)))], token);
            return Outcome<Payment>.Ok(payment);
        }, ct);
    }

    private async Task PostAsync(Payment payment, DateOnly date, IReadOnlyList<(Sales.SalesDocument Invoice, Money Amount)> allocations, CancellationToken ct)
    {
        var entry = await LedgerWriter.WriteAsync(db, new LedgerEntry
        {
            CustomerId = payment.CustomerId,
            Currency = payment.Currency,
            Date = date,
            Kind = LedgerEntryKind.Payment,
            PaymentId = payment.Id,
            Reference = payment.Number,
            AmountMinor = -payment.AmountMinor,
        }, ct);
        await credit.ApplyAsync(entry, a => CreditBalances.TakeFromPaymentAsync(db, payment.Id, a, ct),
            a => CreditBalances.GiveBackToPaymentAsync(db, payment.Id, a, ct), allocations, date, ct);
        await db.Entry(payment).ReloadAsync(ct);
    }

    private async Task<Outcome<Payment>> UndoAsync(long id, DateOnly? requestedDate, string? reason, LedgerEntryKind kind, PaymentStatus status, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var date = validator.Date(requestedDate, errors);
        TextRules.CheckText(errors, "reason", reason, 500, label: "The reason");
        if (!errors.IsEmpty)
        {
            return Outcome<Payment>.Invalid(errors);
        }

        return await db.RunInTransactionAsync(async token =>
        {
            var payment = await db.Payments.FirstOrDefaultAsync(p => p.Id == id, token);
            if (payment is null)
            {
                return Outcome<Payment>.NotFound();
            }

            if (payment.Status != PaymentStatus.Posted)
            {
                return Outcome<Payment>.Conflict($"This payment is {payment.Status.ToString().ToLowerInvariant()}: only a posted payment can be undone, once.");
            }

            var entry = await EntryOfAsync(payment.Id, token);
            var undoOn = CreditApplication.Latest(date, entry.Date);
            payment.Status = status;
            payment.UnappliedMinor = 0;
            payment.ReversedOn = undoOn;
            payment.ReversalReason = TextRules.Clean(reason);
            await db.SaveChangesAsync(token);

            var undo = await LedgerWriter.WriteAsync(db, new LedgerEntry
            {
                CustomerId = payment.CustomerId,
                Currency = payment.Currency,
                Date = undoOn,
                Kind = kind,
                PaymentId = payment.Id,
                Reference = payment.Number,
                AmountMinor = payment.AmountMinor,
            }, token);

            // Take every application back with a negative allocation (history stays append-only) and re-open the invoices.
            var applied = await db.Allocations.AsNoTracking().Where(a => a.CreditEntryId == entry.Id)
                .GroupBy(a => a.DebitEntryId).Select(g => new { DebitEntryId = g.Key, Amount = g.Sum(a => a.AmountMinor) })
                .Where(g => g.Amount > 0).ToListAsync(token);
            foreach (var part in applied)
            {
                var debit = await db.LedgerEntries.AsNoTracking().FirstAsync(e => e.Id == part.DebitEntryId, token);
                await LedgerWriter.SettleAsync(db, debit, entry, -part.Amount, undoOn, token);
                if (debit.DocumentId is { } invoiceId && debit.Kind == LedgerEntryKind.Invoice)
                {
                    await InvoiceBalances.IncreaseOpenAsync(db, invoiceId, part.Amount, token);
                }
            }

            // The reversal and the payment cancel out: settle them against each other so neither stays open.
            await LedgerWriter.SettleAsync(db, undo, entry, payment.AmountMinor, undoOn, token);
            return Outcome<Payment>.Ok(payment);
        }, ct);
    }

    private Task<LedgerEntry> EntryOfAsync(long paymentId, CancellationToken ct) =>
        db.LedgerEntries.AsNoTracking().FirstAsync(e => e.PaymentId == paymentId && e.Kind == LedgerEntryKind.Payment, ct);

    private sealed record PlannedAllocation(long InvoiceId, long AmountMinor);
}
