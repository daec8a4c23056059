namespace CustomerCenter.Domain.Documents;

/// <summary>A line's rounded net amount and the tax on it at the line's rate.</summary>
public sealed record LineAmounts(Money Net, decimal TaxRate, Money Tax)
{
    public Money Gross => Net + Tax;
}
