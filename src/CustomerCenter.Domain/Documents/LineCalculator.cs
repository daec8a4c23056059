using System.Numerics;

namespace CustomerCenter.Domain.Documents;

/// <summary>
/// Line and document amounts: net = quantity × unit price × (1 − discount/100) and tax = net × rate/100, each
/// rounded half away from zero to the currency's minor units per line; document totals are sums of the rounded
/// lines. The products are taken on exact scaled integers because decimal's 28 digits can round a large
/// quantity × a many-decimal price just before the half-cent decision.
/// </summary>
public static class LineCalculator
{
    public const decimal MaxQuantity = 1_000_000_000m;
    public const int QuantityDecimals = 3;
    public const decimal MaxUnitPrice = 1_000_000_000_000m;

    /// <summary>Unit prices may be finer than the currency (0.0125 EUR per gram): this many extra decimals.</summary>
    public const int ExtraUnitPriceDecimals = 4;

    public const int DiscountDecimals = 4;
    public const int TaxRateDecimals = 3;

    private const string TooLarge = "The amount is too large.";

    // Scales that turn validated inputs into integers: quantity × 10^3, discount × 10^4, tax rate × 10^3.
    private static readonly BigInteger HundredPercentScaled = 1_000_000;
    private static readonly BigInteger NetDivisor = BigInteger.Pow(10, QuantityDecimals + ExtraUnitPriceDecimals + 6);
    private static readonly BigInteger TaxDivisor = BigInteger.Pow(10, TaxRateDecimals + 2);

    /// <summary>Checks one line; messages are keyed "quantity", "unitPrice", "discountPercent", "taxRate".</summary>
    public static FieldErrors Validate(LineInput line, string currency)
    {
        ArgumentNullException.ThrowIfNull(line);
        var priceDecimals = Currency.Get(currency).Exponent + ExtraUnitPriceDecimals;
        var errors = new List<(string, string)>();

        if (line.Quantity <= 0 || line.Quantity > MaxQuantity)
        {
            errors.Add(("quantity", "Quantity must be more than 0 and at most 1,000,000,000."));
        }
        else if (!Decimals.HasAtMost(line.Quantity, QuantityDecimals))
        {
            errors.Add(("quantity", $"Quantity can have at most {QuantityDecimals} decimals."));
        }

        if (line.UnitPrice < 0 || line.UnitPrice > MaxUnitPrice)
        {
            errors.Add(("unitPrice", "Unit price must be between 0 and 1,000,000,000,000."));
        }
        else if (!Decimals.HasAtMost(line.UnitPrice, priceDecimals))
        {
            errors.Add(("unitPrice", $"Unit price can have at most {priceDecimals} decimals in {currency}."));
        }

        AddPercentErrors(errors, "discountPercent", "Discount", line.DiscountPercent, DiscountDecimals);
        AddPercentErrors(errors, "taxRate", "Tax rate", line.TaxRate, TaxRateDecimals);
        return new FieldErrors(errors);
    }

    public static DomainResult<LineAmounts> Calculate(LineInput line, string currency)
    {
        var errors = Validate(line, currency);
        if (!errors.IsEmpty)
        {
            return DomainResult<LineAmounts>.Invalid(errors);
        }

        return Compute(line, Currency.Get(currency)) is { } amounts
            ? DomainResult<LineAmounts>.Ok(amounts)
            : DomainResult<LineAmounts>.Invalid("lineTotal", TooLarge);
    }

    /// <summary>
    /// Amounts of all lines and the document totals. Errors are keyed "lines[i].field"; a total beyond the
    /// range of minor units is reported on "lines". No lines give zero totals (a new draft).
    /// </summary>
    public static DomainResult<DocumentTotals> Totals(IReadOnlyList<LineInput> lines, string currency)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var info = Currency.Get(currency);
        var errors = new List<(string, string)>();
        var amounts = new List<LineAmounts>(lines.Count);

        for (var i = 0; i < lines.Count; i++)
        {
            var lineErrors = Validate(lines[i], info.Code);
            if (!lineErrors.IsEmpty)
            {
                errors.AddRange(lineErrors.Prefixed($"lines[{i}]").Messages);
            }
            else if (Compute(lines[i], info) is { } lineAmounts)
            {
                amounts.Add(lineAmounts);
            }
            else
            {
                errors.Add(($"lines[{i}].lineTotal", TooLarge));
            }
        }

        if (errors.Count > 0)
        {
            return DomainResult<DocumentTotals>.Invalid(new FieldErrors(errors));
        }

        var net = amounts.Aggregate(BigInteger.Zero, (sum, l) => sum + l.Net.Minor);
        var tax = amounts.Aggregate(BigInteger.Zero, (sum, l) => sum + l.Tax.Minor);
        if (!FitsInLong(net + tax))
        {
            return DomainResult<DocumentTotals>.Invalid("lines", "The document total is too large.");
        }

        var summary = amounts
            .GroupBy(l => l.TaxRate)
            .OrderBy(g => g.Key)
            .Select(g => new TaxSummaryLine(
                g.Key,
                new Money(g.Sum(l => l.Net.Minor), info.Code),
                new Money(g.Sum(l => l.Tax.Minor), info.Code)))
            .ToList();

        return DomainResult<DocumentTotals>.Ok(new DocumentTotals(
            amounts,
            new Money((long)net, info.Code),
            new Money((long)tax, info.Code),
            new Money((long)(net + tax), info.Code),
            summary));
    }

    private static LineAmounts? Compute(LineInput line, Currency currency)
    {
        var quantity = Scaled(line.Quantity, QuantityDecimals);
        var unitPrice = Scaled(line.UnitPrice, currency.Exponent + ExtraUnitPriceDecimals);
        var remaining = HundredPercentScaled - Scaled(line.DiscountPercent, DiscountDecimals);

        var net = DivideRoundingHalfAwayFromZero(quantity * unitPrice * remaining, NetDivisor);
        var tax = DivideRoundingHalfAwayFromZero(net * Scaled(line.TaxRate, TaxRateDecimals), TaxDivisor);

        return FitsInLong(net + tax)
            ? new LineAmounts(new Money((long)net, currency.Code), line.TaxRate, new Money((long)tax, currency.Code))
            : null;
    }

    private static void AddPercentErrors(List<(string, string)> errors, string field, string label, decimal value, int decimals)
    {
        if (value is < 0 or > 100)
        {
            errors.Add((field, $"{label} must be between 0 and 100."));
        }
        else if (!Decimals.HasAtMost(value, decimals))
        {
            errors.Add((field, $"{label} can have at most {decimals} decimals."));
        }
    }

    private static BigInteger Scaled(decimal value, int decimals) => new(value * Pow10.Decimal(decimals));

    private static BigInteger DivideRoundingHalfAwayFromZero(BigInteger dividend, BigInteger divisor)
    {
        var quotient = BigInteger.DivRem(dividend, divisor, out var remainder);
        return BigInteger.Abs(remainder) * 2 >= divisor ? quotient + dividend.Sign : quotient;
    }

    private static bool FitsInLong(BigInteger value) => value >= long.MinValue && value <= long.MaxValue;
}
