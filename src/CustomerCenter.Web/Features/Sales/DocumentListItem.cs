namespace CustomerCenter.Web.Features.Sales;

/// <summary>One row of a document list, projected in SQL. Amounts in the document's currency.</summary>
public sealed record DocumentListItem(
    long Id,
    DocumentKind Kind,
    string? Number,
    string Status,
    long CustomerId,
    string CustomerName,
    DateOnly Date,
    DateOnly? DueDate,
    string Currency,
    string? Reference,
    decimal Total,
    decimal? AmountDue,
    bool IsOverdue);
