using CustomerCenter.Web.Features.Customers;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>
/// What a client may send to create or replace a draft. Numbers, statuses, totals and links are the
/// server's: they are not here, so a body carrying them changes nothing.
/// </summary>
public sealed class DocumentInput
{
    public long? CustomerId { get; set; }

    /// <summary>Defaults to today.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>Invoices: defaults to the date plus the customer's payment terms.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>Quotes: defaults to the date plus the company's quote validity.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>ISO 4217; defaults to the customer's currency.</summary>
    public string? Currency { get; set; }

    public string? Reference { get; set; }

    public string? Notes { get; set; }

    public string? Terms { get; set; }

    /// <summary>Defaults to the customer's billing address.</summary>
    public AddressInput? BillingAddress { get; set; }

    /// <summary>Defaults to the customer's first shipping address, else the billing address.</summary>
    public AddressInput? ShippingAddress { get; set; }

    /// <summary>Credit notes: the posted invoice this credit note reduces; empty for a credit on account.</summary>
    public long? InvoiceId { get; set; }

    public List<DocumentLineInput>? Lines { get; set; }
}

public sealed class DocumentLineInput
{
    /// <summary>An item to take description, unit, price and tax rate from, where those are left empty.</summary>
    public long? ItemId { get; set; }

    public string? Description { get; set; }

    /// <summary>Up to 3 decimals.</summary>
    public decimal? Quantity { get; set; }

    public string? Unit { get; set; }

    /// <summary>In the document's currency, up to 4 more decimals than the currency has.</summary>
    public decimal? UnitPrice { get; set; }

    /// <summary>A percent: 10 means 10% off.</summary>
    public decimal? DiscountPercent { get; set; }

    /// <summary>A percent (20 means 20%); must be one of the tax rates set up by an Admin.</summary>
    public decimal? TaxRate { get; set; }
}
