using System.Globalization;
using CustomerCenter.Domain;
using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>
/// The document editor's form: text as typed (a wrong entry comes back with a message beside it), the
/// customer and the credited invoice by the numbers people know. <see cref="ToInput"/> makes the API's input.
/// </summary>
public sealed class DocumentForm
{
    /// <summary>A customer number, or words of the customer's name to search for.</summary>
    public string? Customer { get; set; }

    public string? Date { get; set; }

    public string? DueDate { get; set; }

    public string? ValidUntil { get; set; }

    /// <summary>Empty: the customer's currency.</summary>
    public string? Currency { get; set; }

    public string? Reference { get; set; }

    public string? Notes { get; set; }

    public string? Terms { get; set; }

    /// <summary>Credit notes: the number of the posted invoice this one credits.</summary>
    public string? InvoiceNumber { get; set; }

    // The form binder sets a collection or an object that had no fields posted to null (an invoice made from an
    // order posts no lines): these never hold null, so the page needn't check.
    private List<DocumentLineForm> _lines = [];
    private AddressInput _billing = new();
    private AddressInput _shipping = new();

    /// <summary>Empty: the customer's billing address.</summary>
    public AddressInput Billing { get => _billing; set => _billing = value ?? new(); }

    /// <summary>Empty: the customer's first shipping address, else the billing address.</summary>
    public AddressInput Shipping { get => _shipping; set => _shipping = value ?? new(); }

    public List<DocumentLineForm> Lines { get => _lines; set => _lines = value ?? []; }

    public long Version { get; set; }

    public static DocumentForm From(DocumentDto d, string customerNumber, string? invoiceNumber, IReadOnlyDictionary<long, string> skus) => new()
    {
        Customer = customerNumber,
        Date = Iso(d.Date),
        DueDate = Iso(d.DueDate),
        ValidUntil = Iso(d.ValidUntil),
        Currency = d.Currency,
        Reference = d.Reference,
        Notes = d.Notes,
        Terms = d.Terms,
        InvoiceNumber = invoiceNumber,
        Billing = AddressInput.From(d.BillingAddress.ToAddress()),
        Shipping = AddressInput.From(d.ShippingAddress.ToAddress()),
        Lines = [.. d.Lines.Select(l => DocumentLineForm.From(l, l.ItemId is { } id ? skus.GetValueOrDefault(id) : null))],
        Version = d.Version,
    };

    /// <param name="customerId">The customer <see cref="Customer"/> was found to be, if any.</param>
    /// <param name="invoiceId">The invoice <see cref="InvoiceNumber"/> was found to be, if any.</param>
    /// <param name="itemIds">Item ids by SKU.</param>
    /// <param name="withLines">False for an invoice made from an order: its lines are the order's and aren't sent.</param>
    /// <param name="errors">Where fields that don't parse are reported, by their API names.</param>
    public DocumentInput ToInput(long? customerId, long? invoiceId, IReadOnlyDictionary<string, long> itemIds, bool withLines, ValidationErrors errors) => new()
    {
        CustomerId = customerId,
        Date = IsoDate.Parse(Date, "date", errors),
        DueDate = IsoDate.Parse(DueDate, "dueDate", errors),
        ValidUntil = IsoDate.Parse(ValidUntil, "validUntil", errors),
        Currency = Currency,
        Reference = Reference,
        Notes = Notes,
        Terms = Terms,
        InvoiceId = invoiceId,
        BillingAddress = Billing,
        ShippingAddress = Shipping,
        Lines = withLines
            ? [.. Lines.Select((l, i) => l.ToInput(ItemId(l, itemIds), $"lines[{i}]", errors))]
            : null,
    };

    /// <summary>Totals of the lines whose numbers are complete, computed as the server stores them.</summary>
    public DocumentPreview Preview(string currency)
    {
        var amounts = Lines.Select(l => l.IsBlank ? null : l.Amounts(currency)).ToList();
        var complete = amounts.OfType<LineAmounts>().ToList();
        var net = Money.Sum(complete.Select(a => a.Net), currency);
        var tax = Money.Sum(complete.Select(a => a.Tax), currency);
        var taxes = complete.GroupBy(a => a.TaxRate).OrderBy(g => g.Key)
            .Select(g => new TaxSummaryLine(g.Key, Money.Sum(g.Select(a => a.Net), currency), Money.Sum(g.Select(a => a.Tax), currency)))
            .ToList();
        var incomplete = Lines.Where((l, i) => !l.IsBlank && amounts[i] is null).Any();
        return new DocumentPreview(amounts, net, tax, net + tax, taxes, incomplete);
    }

    private static long? ItemId(DocumentLineForm line, IReadOnlyDictionary<string, long> itemIds) =>
        line.Sku is { } sku && itemIds.TryGetValue(sku.Trim(), out var id) ? id : null;

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What the editor shows before saving: each line's amounts (null while incomplete) and the totals.</summary>
public sealed record DocumentPreview(
    IReadOnlyList<LineAmounts?> Lines, Money Net, Money Tax, Money Total, IReadOnlyList<TaxSummaryLine> Taxes, bool Incomplete);
