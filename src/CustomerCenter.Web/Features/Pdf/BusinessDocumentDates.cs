namespace CustomerCenter.Web.Features.Pdf;

/// <summary>The dates a document prints; each optional one appears only when given (due date on invoices, valid-until on quotes…).</summary>
public sealed record BusinessDocumentDates(DateOnly DocumentDate)
{
    public DateOnly? DueDate { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public DateOnly? DeliveryDate { get; init; }
}
