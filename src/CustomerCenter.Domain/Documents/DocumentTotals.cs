namespace CustomerCenter.Domain.Documents;

/// <summary>Amounts of every line, the document totals (sums of the rounded lines) and the tax summary by rate.</summary>
public sealed record DocumentTotals(
    IReadOnlyList<LineAmounts> Lines,
    Money Net,
    Money Tax,
    Money Gross,
    IReadOnlyList<TaxSummaryLine> TaxSummary);
