namespace CustomerCenter.Domain.Receivables;

/// <summary>
/// Applying a payment, or unapplied credit, to open invoices. <c>payment</c> is the amount still available:
/// the payment's amount when it is recorded, its unapplied remainder when credit is applied later.
/// </summary>
public static class PaymentAllocation
{
    /// <summary>
    /// Pays the oldest debts first: by due date, then invoice date, then the order given. Invoices in another
    /// currency or with nothing open are skipped.
    /// </summary>
    public static AllocationPlan<TId> SuggestOldestFirst<TId>(Money payment, IEnumerable<OpenInvoice<TId>> invoices)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(invoices);
        var left = Money.Max(payment, Money.Zero(payment.Currency));
        var allocations = new List<Allocation<TId>>();
        var oldestFirst = invoices
            .Where(i => string.Equals(i.Open.Currency, payment.Currency, StringComparison.Ordinal) && i.Open.IsPositive)
            .OrderBy(i => i.DueDate)
            .ThenBy(i => i.Date);

        foreach (var invoice in oldestFirst)
        {
            if (left.IsZero)
            {
                break;
            }

            var amount = Money.Min(left, invoice.Open);
            allocations.Add(new Allocation<TId>(invoice.Id, amount));
            left -= amount;
        }

        return new AllocationPlan<TId>(allocations, left);
    }

    /// <summary>
    /// Checks allocations someone asked for against the customer's open invoices. Errors are keyed "amount",
    /// "allocations", "allocations[i].invoiceId" and "allocations[i].amount". An invoice not in
    /// <paramref name="openInvoices"/> (paid, another customer's, unknown) gets the same answer.
    /// </summary>
    public static DomainResult<AllocationPlan<TId>> Validate<TId>(
        Money payment, IReadOnlyList<Allocation<TId>> requested, IEnumerable<OpenInvoice<TId>> openInvoices)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(openInvoices);
        if (!payment.IsPositive)
        {
            return DomainResult<AllocationPlan<TId>>.Invalid("amount", "The amount to apply must be more than zero.");
        }

        var open = openInvoices.ToDictionary(i => i.Id);
        var seen = new HashSet<TId>();
        var errors = new List<(string, string)>();
        var total = Money.Zero(payment.Currency);

        for (var i = 0; i < requested.Count; i++)
        {
            var (invoiceId, amount) = requested[i];
            if (!open.TryGetValue(invoiceId, out var invoice))
            {
                errors.Add(($"allocations[{i}].invoiceId", "This invoice is not open for this customer."));
            }
            else if (!seen.Add(invoiceId))
            {
                errors.Add(($"allocations[{i}].invoiceId", "This invoice is listed more than once."));
            }
            else if (!string.Equals(invoice.Open.Currency, payment.Currency, StringComparison.Ordinal))
            {
                errors.Add(($"allocations[{i}].invoiceId", $"This invoice is in {invoice.Open.Currency}; the payment is in {payment.Currency}."));
            }
            else if (!string.Equals(amount.Currency, payment.Currency, StringComparison.Ordinal))
            {
                errors.Add(($"allocations[{i}].amount", $"The amount must be in {payment.Currency}, the payment's currency."));
            }
            else if (!amount.IsPositive)
            {
                errors.Add(($"allocations[{i}].amount", "The amount must be more than zero."));
            }
            else if (amount > invoice.Open)
            {
                errors.Add(($"allocations[{i}].amount", $"Only {invoice.Open.Format()} is open on this invoice."));
            }
            else
            {
                total += amount;
            }
        }

        if (errors.Count == 0 && total > payment)
        {
            errors.Add(("allocations", $"The allocations add up to {total.Format()}, more than the {payment.Format()} available."));
        }

        return errors.Count > 0
            ? DomainResult<AllocationPlan<TId>>.Invalid(new FieldErrors(errors))
            : DomainResult<AllocationPlan<TId>>.Ok(new AllocationPlan<TId>([.. requested], payment - total));
    }
}
