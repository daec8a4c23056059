namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// Everything a quote, order confirmation, delivery note, invoice or credit note prints. Amounts are minor units
/// of <paramref name="CurrencyCode"/>. A null <paramref name="Number"/> marks a draft: it prints a DRAFT watermark.
/// <paramref name="Language"/> is an ISO 639-1 code; languages without a template print in English.
/// </summary>
public sealed record BusinessDocumentPdf(
    BusinessDocumentKind Kind,
    string Language,
    string? Number,
    BusinessDocumentDates Dates,
    PdfSeller Seller,
    PdfCustomer Customer,
    string CurrencyCode,
    IReadOnlyList<BusinessDocumentLine> Lines,
    IReadOnlyList<BusinessDocumentTaxLine> TaxSummary,
    BusinessDocumentTotals Totals)
{
    /// <summary>Printed beside the billing address when the goods go elsewhere.</summary>
    public IReadOnlyList<string> ShippingAddressLines { get; init; } = [];

    /// <summary>The customer's own reference, e.g. their purchase order number.</summary>
    public string? Reference { get; init; }

    public string? PaymentTerms { get; init; }
    public string? Notes { get; init; }
    public string? Terms { get; init; }

    /// <summary>Where the document came from, one line each: "Based on order SO-2026-0003".</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
}
