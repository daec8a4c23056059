using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Features.Customers;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>A checked input with every default filled in and the totals computed: ready to store.</summary>
public sealed record PreparedDocument(
    Customer Customer,
    DateOnly Date,
    DateOnly? DueDate,
    DateOnly? ValidUntil,
    string Currency,
    string? Reference,
    string? Notes,
    string? Terms,
    Address BillingAddress,
    Address ShippingAddress,
    SalesDocument? Invoice,
    IReadOnlyList<PreparedLine> Lines,
    DocumentTotals Totals);

public sealed record PreparedLine(long? ItemId, string Description, string? Unit, decimal Quantity, decimal UnitPrice, decimal DiscountPercent, decimal TaxRate);
