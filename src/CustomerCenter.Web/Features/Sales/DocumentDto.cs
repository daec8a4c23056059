using CustomerCenter.Domain;
using CustomerCenter.Web.Features.Customers;

namespace CustomerCenter.Web.Features.Sales;

public sealed record DocumentLineDto(
    long Id,
    int Position,
    long? ItemId,
    string Description,
    string? Unit,
    decimal Quantity,
    decimal UnitPrice,
    decimal DiscountPercent,
    decimal TaxRate,
    decimal NetAmount,
    decimal TaxAmount,
    decimal? Delivered,
    decimal? Invoiced);

public sealed record TaxSummaryDto(decimal Rate, decimal Base, decimal Tax);

public sealed record DocumentLinkDto(long Id, DocumentKind Kind, string? Number, string Status);

public sealed record DocumentDto(
    long Id,
    DocumentKind Kind,
    string? Number,
    string Status,
    long CustomerId,
    string CustomerName,
    DateOnly Date,
    DateOnly? DueDate,
    DateOnly? ValidUntil,
    string Currency,
    string? Reference,
    AddressDto BillingAddress,
    AddressDto ShippingAddress,
    string? Notes,
    string? Terms,
    IReadOnlyList<DocumentLineDto> Lines,
    IReadOnlyList<TaxSummaryDto> TaxSummary,
    decimal Subtotal,
    decimal TaxTotal,
    decimal Total,
    decimal? AmountDue,
    bool IsOverdue,
    bool SubmittedByCustomer,
    DocumentLinkDto? Source,
    IReadOnlyList<DocumentLinkDto> Successors,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? PostedAt,
    long Version)
{
    public static DocumentDto From(SalesDocument d, DocumentLinkDto? source, IReadOnlyList<DocumentLinkDto> successors, DateOnly today)
    {
        decimal Amount(long minor) => new Money(minor, d.Currency).ToDecimal();
        var lines = d.Lines.OrderBy(l => l.Position).ToList();
        var isOrder = d.Kind == DocumentKind.SalesOrder;
        var hasAmountDue = d.Kind is DocumentKind.Invoice or DocumentKind.CreditNote && d.Status != DocumentStatuses.Draft;
        return new DocumentDto(
            d.Id,
            d.Kind,
            d.Number,
            d.Status,
            d.CustomerId,
            d.CustomerName,
            d.Date,
            d.DueDate,
            d.ValidUntil,
            d.Currency,
            d.Reference,
            AddressDto.From(d.BillingAddress),
            AddressDto.From(d.ShippingAddress),
            d.Notes,
            d.Terms,
            [.. lines.Select(l => new DocumentLineDto(
                l.Id, l.Position, l.ItemId, l.Description, l.Unit, Milli.ToDecimal(l.QuantityMilli), l.UnitPrice, l.DiscountPercent,
                l.TaxRate, Amount(l.NetMinor), Amount(l.TaxMinor),
                isOrder ? Milli.ToDecimal(l.DeliveredMilli) : null,
                isOrder ? Milli.ToDecimal(l.InvoicedMilli) : null))],
            [.. lines.GroupBy(l => l.TaxRate).OrderBy(g => g.Key)
                .Select(g => new TaxSummaryDto(g.Key, Amount(g.Sum(l => l.NetMinor)), Amount(g.Sum(l => l.TaxMinor))))],
            Amount(d.SubtotalMinor),
            Amount(d.TaxMinor),
            Amount(d.TotalMinor),
            hasAmountDue ? Amount(d.OpenMinor) : null,
            DocumentRules.IsOverdue(d, today),
            d.SubmittedByCustomer,
            source,
            successors,
            DateTime.SpecifyKind(d.CreatedAt, DateTimeKind.Utc),
            DateTime.SpecifyKind(d.UpdatedAt, DateTimeKind.Utc),
            d.PostedAt is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : null,
            d.Version);
    }
}
