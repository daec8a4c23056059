namespace CustomerCenter.Web.Features.Pdf;

/// <summary>A document's totals in minor units. Paid and due print only when something has been paid.</summary>
public sealed record BusinessDocumentTotals(long Subtotal, long TaxTotal, long Total, long AmountPaid, long AmountDue);
