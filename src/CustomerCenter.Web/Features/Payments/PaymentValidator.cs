using CustomerCenter.Domain;
using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>Checks payment, allocation and refund inputs; every message names its field.</summary>
public sealed class PaymentValidator(AppDbContext db)
{
    public const decimal MaxAmount = 1_000_000_000_000m;

    public DateOnly Today => DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);

    public async Task<Customer?> CustomerAsync(long? id, ValidationErrors errors, CancellationToken ct)
    {
        if (id is null)
        {
            errors.Add("customerId", "Choose the customer.");
            return null;
        }

        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.TrashedAt == null, ct);
        if (customer is null)
        {
            errors.Add("customerId", "The customer doesn't exist.");
        }

        return customer;
    }

    public Money? Amount(decimal? amount, string? currencyText, string defaultCurrency, ValidationErrors errors, string field = "amount")
    {
        var currency = TextRules.Clean(currencyText)?.ToUpperInvariant() ?? defaultCurrency;
        if (!Currency.TryGet(currency, out var info))
        {
            errors.Add("currency", "Use a three-letter ISO 4217 currency code, e.g. EUR.");
            return null;
        }

        if (amount is null || amount <= 0)
        {
            errors.Add(field, "The amount must be more than zero.");
            return null;
        }

        if (amount > MaxAmount || !Money.TryFromDecimal(amount.Value, currency, out var money))
        {
            errors.Add(field, $"The amount must be a {currency} amount with at most {info.Exponent} decimals.");
            return null;
        }

        return money;
    }

    public DateOnly Date(DateOnly? date, ValidationErrors errors, string field = "date")
    {
        var value = date ?? Today;
        if (value.Year < 2000 || value > Today.AddYears(1))
        {
            errors.Add(field, "The date must be after 2000 and within a year from today.");
        }

        return value;
    }

    /// <summary>
    /// The requested allocations as (invoice, amount) against this customer's posted invoices in the payment's
    /// currency; another customer's or an unknown invoice gets the same answer as a paid one.
    /// </summary>
    public async Task<List<(SalesDocument Invoice, Money Amount)>> AllocationsAsync(
        long customerId, Money available, List<AllocationInput>? requested, ValidationErrors errors, CancellationToken ct)
    {
        var inputs = requested ?? [];
        if (inputs.Count == 0)
        {
            return [];
        }

        if (inputs.Count > 200)
        {
            errors.Add("allocations", "Apply a payment to at most 200 invoices at once.");
            return [];
        }

        var ids = inputs.Where(a => a?.InvoiceId is not null).Select(a => a.InvoiceId!.Value).Distinct().ToList();
        var invoices = await db.SalesDocuments.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.Kind == DocumentKind.Invoice && d.CustomerId == customerId
                && d.Status != DocumentStatuses.Draft && d.Currency == available.Currency)
            .ToDictionaryAsync(d => d.Id, ct);
        var domainRequests = new List<Allocation<long>>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var amount = input?.Amount is { } a && Money.TryFromDecimal(a, available.Currency, out var m) ? m : (Money?)null;
            if (input?.InvoiceId is null)
            {
                errors.Add($"allocations[{i}].invoiceId", "Choose the invoice.");
            }

            if (amount is null)
            {
                errors.Add($"allocations[{i}].amount", $"Give a {available.Currency} amount with at most {Currency.Get(available.Currency).Exponent} decimals.");
            }

            domainRequests.Add(new Allocation<long>(input?.InvoiceId ?? 0, amount ?? Money.Zero(available.Currency)));
        }

        if (!errors.IsEmpty)
        {
            return [];
        }

        var open = invoices.Values.Select(d => new OpenInvoice<long>(d.Id, new Money(d.OpenMinor, d.Currency), d.DueDate ?? d.Date, d.Date));
        var plan = PaymentAllocation.Validate(available, domainRequests, open);
        if (!plan.IsSuccess)
        {
            errors.AddAll(plan.Errors);
            return [];
        }

        return [.. plan.Value.Allocations.Select(a => (invoices[a.InvoiceId], a.Amount))];
    }
}
