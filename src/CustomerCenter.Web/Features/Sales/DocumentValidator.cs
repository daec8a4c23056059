using CustomerCenter.Domain;
using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>
/// Checks a document input against every rule (customer, dates, currency, items, tax rates, line
/// amounts) and fills the defaults. Messages are keyed like the API's fields ("lines[2].quantity").
/// </summary>
public sealed class DocumentValidator(AppDbContext db)
{
    public async Task<(PreparedDocument? Document, ValidationErrors Errors)> PrepareAsync(
        DocumentKind kind, DocumentInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var customer = input.CustomerId is { } customerId
            ? await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId && c.TrashedAt == null, ct)
            : null;
        if (input.CustomerId is null)
        {
            errors.Add("customerId", "Choose the customer.");
        }
        else if (customer is null)
        {
            errors.Add("customerId", "The customer doesn't exist.");
        }
        else if (!customer.IsActive)
        {
            errors.Add("customerId", "The customer is inactive: activate it before making documents for it.");
        }

        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var date = input.Date ?? today;
        if (date.Year is < 2000 or > 2100)
        {
            errors.Add("date", "The date must be between the years 2000 and 2100.");
        }

        var currency = TextRules.Clean(input.Currency)?.ToUpperInvariant() ?? customer?.Currency ?? "EUR";
        if (!Currency.TryGet(currency, out _))
        {
            errors.Add("currency", "Use a three-letter ISO 4217 currency code, e.g. EUR.");
            currency = "EUR";
        }

        var settings = await db.CompanySettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new CompanySettings();
        DateOnly? dueDate = null;
        DateOnly? validUntil = null;
        if (kind == DocumentKind.Invoice)
        {
            dueDate = input.DueDate ?? (customer is null ? date : DueDate.From(date, customer.PaymentTermsDays));
            if (dueDate < date)
            {
                errors.Add("dueDate", "The due date can't be before the invoice date.");
            }
            else if (dueDate > date.AddYears(5))
            {
                errors.Add("dueDate", "The due date must be within five years of the invoice date.");
            }
        }

        if (kind == DocumentKind.Quote)
        {
            validUntil = input.ValidUntil ?? date.AddDays(settings.QuoteValidityDays);
            if (validUntil < date)
            {
                errors.Add("validUntil", "A quote can't expire before its date.");
            }
        }

        TextRules.CheckText(errors, "reference", input.Reference, DocumentLimits.Reference, label: "The reference");
        TextRules.CheckText(errors, "notes", input.Notes, DocumentLimits.Notes, multiline: true, label: "The notes");
        TextRules.CheckText(errors, "terms", input.Terms, DocumentLimits.Notes, multiline: true, label: "The terms");
        input.BillingAddress?.Validate(errors, "billingAddress");
        input.ShippingAddress?.Validate(errors, "shippingAddress");

        var invoice = kind == DocumentKind.CreditNote ? await CheckCreditedInvoiceAsync(input, customer, currency, errors, ct) : null;
        var lines = await PrepareLinesAsync(input.Lines ?? [], currency, errors, ct);
        var totals = LineCalculator.Totals([.. lines.Select(l => new LineInput(l.Quantity, l.UnitPrice, l.DiscountPercent, l.TaxRate))], currency);
        if (!totals.IsSuccess)
        {
            errors.AddAll(totals.Errors);
        }

        if (!errors.IsEmpty || customer is null)
        {
            return (null, errors);
        }

        var billing = input.BillingAddress?.ToAddress() is { IsEmpty: false } b ? b : customer.BillingAddress;
        var shipping = input.ShippingAddress?.ToAddress() is { IsEmpty: false } s ? s : customer.ShippingAddresses.FirstOrDefault() ?? billing;
        return (new PreparedDocument(
            customer, date, dueDate, validUntil, currency, TextRules.Clean(input.Reference), TextRules.Clean(input.Notes),
            TextRules.Clean(input.Terms), billing, shipping, invoice, lines, totals.Value), errors);
    }

    private async Task<SalesDocument?> CheckCreditedInvoiceAsync(
        DocumentInput input, Customer? customer, string currency, ValidationErrors errors, CancellationToken ct)
    {
        if (input.InvoiceId is not { } invoiceId)
        {
            return null;
        }

        var invoice = await db.SalesDocuments.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == invoiceId && d.Kind == DocumentKind.Invoice, ct);
        if (invoice is null || (customer is not null && invoice.CustomerId != customer.Id))
        {
            errors.Add("invoiceId", "There is no such invoice for this customer.");
            return null;
        }

        if (invoice.Status == DocumentStatuses.Draft)
        {
            errors.Add("invoiceId", "Only a posted invoice can be credited.");
        }

        if (invoice.Currency != currency)
        {
            errors.Add("currency", $"A credit note is in the currency of its invoice ({invoice.Currency}).");
        }

        return invoice;
    }

    private async Task<List<PreparedLine>> PrepareLinesAsync(List<DocumentLineInput> inputs, string currency, ValidationErrors errors, CancellationToken ct)
    {
        var prepared = new List<PreparedLine>();
        if (inputs.Count > DocumentLimits.MaxLines)
        {
            errors.Add("lines", $"A document can have at most {DocumentLimits.MaxLines} lines.");
            return prepared;
        }

        var itemIds = inputs.Where(l => l?.ItemId is not null).Select(l => l.ItemId!.Value).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id) && i.IsActive).ToDictionaryAsync(i => i.Id, ct);
        var rates = await db.TaxRates.AsNoTracking().Where(r => r.IsActive).Select(r => r.Percent).ToListAsync(ct);
        for (var i = 0; i < inputs.Count; i++)
        {
            var field = $"lines[{i}]";
            var line = inputs[i];
            if (line is null)
            {
                errors.Add(field, "The line is empty.");
                continue;
            }

            Items.Item? item = null;
            if (line.ItemId is { } itemId && !items.TryGetValue(itemId, out item))
            {
                errors.Add($"{field}.itemId", "There is no such active item.");
            }

            if (item is not null && line.UnitPrice is null && item.Currency != currency)
            {
                errors.Add($"{field}.unitPrice", $"The item is priced in {item.Currency}; give a price in {currency}.");
            }

            var description = TextRules.Clean(line.Description) ?? item?.Name;
            if (description is null)
            {
                errors.Add($"{field}.description", "Describe the line or choose an item.");
            }

            TextRules.CheckText(errors, $"{field}.description", line.Description, DocumentLimits.Description, multiline: true, label: "The description");
            TextRules.CheckText(errors, $"{field}.unit", line.Unit, DocumentLimits.Unit, label: "The unit");
            var taxRate = line.TaxRate ?? item?.TaxRate ?? 0m;
            if (!rates.Contains(taxRate))
            {
                errors.Add($"{field}.taxRate", rates.Count == 0
                    ? "No tax rates are set up yet: an Admin adds them under Settings."
                    : $"Use one of the tax rates: {string.Join(", ", rates.Order().Select(r => r.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "%"))}.");
            }

            var candidate = new PreparedLine(
                item?.Id, description ?? "", TextRules.Clean(line.Unit) ?? item?.Unit, line.Quantity ?? 0m,
                line.UnitPrice ?? (item?.Currency == currency ? item.UnitPrice : 0m), line.DiscountPercent ?? 0m, taxRate);
            var lineErrors = LineCalculator.Validate(new LineInput(candidate.Quantity, candidate.UnitPrice, candidate.DiscountPercent, candidate.TaxRate), currency);
            errors.AddAll(lineErrors.Prefixed(field));
            prepared.Add(candidate);
        }

        return prepared;
    }
}
