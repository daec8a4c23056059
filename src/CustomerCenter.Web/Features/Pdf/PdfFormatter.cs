using System.Globalization;
using CustomerCenter.Domain;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>Numbers, amounts and dates of one document, in its language's culture and its currency's decimals.</summary>
internal sealed class PdfFormatter(PdfTexts texts, string currencyCode)
{
    private readonly CultureInfo _culture = texts.Culture;
    private readonly int _exponent = Currency.Get(currencyCode).Exponent;

    public string CurrencyCode { get; } = Currency.Get(currencyCode).Code;

    /// <summary>For table cells, where the currency is stated once: "1,234.50".</summary>
    public string Amount(long minor) => new Money(minor, CurrencyCode).ToDecimal().ToString("N" + Digits(_exponent), _culture);

    /// <summary>For totals: "1,234.50 EUR", "1.234,50 EUR", "1 234 JPY".</summary>
    public string AmountWithCurrency(long minor) => new Money(minor, CurrencyCode).Format(_culture);

    /// <summary>
    /// At least the currency's decimals, and up to the four extra a unit price may carry: 12.50, 0.0125, 1,200 (JPY).
    /// </summary>
    public string UnitPrice(decimal price) =>
        price.ToString("#,##0." + new string('0', _exponent) + "####", _culture);

    /// <summary>Quantities carry up to three decimals and no trailing zeros: 2, 1.5, 0.125.</summary>
    public string Quantity(decimal quantity) => quantity.ToString("#,##0.###", _culture);

    public string Percent(decimal percent) =>
        string.Format(_culture, texts.PercentFormat, percent.ToString("#,##0.####", _culture));

    public string Date(DateOnly date) => date.ToString(texts.DateFormat, _culture);

    public string Days(int days) => days.ToString("#,##0", _culture);

    private static string Digits(int value) => value.ToString(CultureInfo.InvariantCulture);
}
