namespace CustomerCenter.Domain.Documents;

/// <summary>
/// What a person enters on a document line. Percentages are percents: a <paramref name="DiscountPercent"/> of 10
/// means 10 % off, a <paramref name="TaxRate"/> of 20 means 20 % tax.
/// </summary>
public sealed record LineInput(decimal Quantity, decimal UnitPrice, decimal DiscountPercent, decimal TaxRate);
