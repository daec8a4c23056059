namespace CustomerCenter.Domain.Documents;

/// <summary>One row of a document's tax summary: the rate, the net amount taxed at it and the tax (sums of the lines).</summary>
public sealed record TaxSummaryLine(decimal Rate, Money NetBase, Money Tax);
