namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// One document line. <paramref name="UnitPrice"/> is a decimal in major units, not minor units, because prices
/// may be finer than the currency (0.0125 EUR per gram); <paramref name="LineNet"/> is the rounded line amount in
/// minor units. Percentages are percents (20 means 20 %). The description may span several lines.
/// </summary>
public sealed record BusinessDocumentLine(
    string Description,
    decimal Quantity,
    string? Unit,
    decimal UnitPrice,
    decimal DiscountPercent,
    decimal TaxRate,
    long LineNet);
