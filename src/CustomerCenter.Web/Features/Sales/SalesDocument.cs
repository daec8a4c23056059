using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Customers;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>
/// Quotes, sales orders, delivery notes, invoices and credit notes share one shape (one table, a
/// <see cref="Kind"/> column): the same lines, totals, addresses and links, so lists, the editor and
/// PDFs are written once. Fields that only some kinds use are nullable.
/// </summary>
public sealed class SalesDocument : IAudited, IVersioned
{
    public long Id { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>Assigned when the document is sent, confirmed or posted; null while it is a draft.</summary>
    public string? Number { get; set; }

    /// <summary>The kind's status name in camel case (draft, sent, confirmed, posted, partlyPaid …).</summary>
    public string Status { get; set; } = DocumentStatuses.Draft;

    public long CustomerId { get; set; }

    public Customer? Customer { get; set; }

    /// <summary>The customer's name when the document was made: a renamed customer doesn't rewrite issued documents.</summary>
    public string CustomerName { get; set; } = "";

    public string? CustomerVatNumber { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Invoices: when payment is due.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>Quotes: until when the offer stands.</summary>
    public DateOnly? ValidUntil { get; set; }

    public string Currency { get; set; } = "EUR";

    public string Language { get; set; } = "en";

    /// <summary>The customer's own reference, e.g. their purchase order number.</summary>
    public string? Reference { get; set; }

    public Address BillingAddress { get; set; } = new();

    public Address ShippingAddress { get; set; } = new();

    public string? Notes { get; set; }

    public string? Terms { get; set; }

    public long SubtotalMinor { get; set; }

    public long TaxMinor { get; set; }

    public long TotalMinor { get; set; }

    /// <summary>
    /// Invoices: what is still due. Credit notes: what is still unapplied. Changed only by guarded
    /// UPDATEs (never below zero), so concurrent payments can't over-apply.
    /// </summary>
    public long OpenMinor { get; set; }

    /// <summary>The document this one was made from (quote → order → delivery note / invoice → credit note).</summary>
    public long? SourceId { get; set; }

    public SalesDocument? Source { get; set; }

    /// <summary>Orders placed by the customer in the Client Center, waiting for staff to confirm them.</summary>
    public bool SubmittedByCustomer { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PostedAt { get; set; }

    public long Version { get; set; }

    public List<SalesDocumentLine> Lines { get; set; } = [];

    long? IAudited.AuditCustomerId => CustomerId;
}
