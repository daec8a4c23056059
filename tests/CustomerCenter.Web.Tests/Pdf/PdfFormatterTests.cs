using CustomerCenter.Web.Features.Pdf;

namespace CustomerCenter.Web.Tests.Pdf;

public sealed class PdfFormatterTests
{
    [Theory]
    [InlineData("en", "EUR", 123456789L, "1,234,567.89 EUR")]
    [InlineData("de", "EUR", 123456789L, "1.234.567,89 EUR")]
    [InlineData("fr", "EUR", 123456789L, "1\u202F234\u202F567,89 EUR")]
    [InlineData("en", "JPY", 1234567L, "1,234,567 JPY")]
    [InlineData("de", "KWD", 1234567L, "1.234,567 KWD")]
    [InlineData("en", "EUR", -5L, "-0.05 EUR")]
    public void Amounts_follow_language_and_currency(string language, string currency, long minor, string expected) =>
        Assert.Equal(expected, new PdfFormatter(PdfTexts.For(language), currency).AmountWithCurrency(minor));

    [Theory]
    [InlineData("EUR", "12.5", "12.50")]
    [InlineData("EUR", "0.0125", "0.0125")]
    [InlineData("EUR", "1234", "1,234.00")]
    [InlineData("JPY", "1200", "1,200")]
    [InlineData("KWD", "1.5", "1.500")]
    public void Unit_prices_show_the_currency_decimals_and_any_finer_ones(string currency, string price, string expected) =>
        Assert.Equal(expected, new PdfFormatter(PdfTexts.English, currency).UnitPrice(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("en", "2", "2")]
    [InlineData("en", "1.5", "1.5")]
    [InlineData("de", "1234.125", "1.234,125")]
    public void Quantities_drop_trailing_zeros(string language, string quantity, string expected) =>
        Assert.Equal(expected, new PdfFormatter(PdfTexts.For(language), "EUR").Quantity(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("en", "20", "20%")]
    [InlineData("de", "19", "19 %")]
    [InlineData("fr", "5.5", "5,5 %")]
    public void Percentages_follow_the_language(string language, string rate, string expected) =>
        Assert.Equal(expected, new PdfFormatter(PdfTexts.For(language), "EUR").Percent(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("en", "5 Mar 2026")]
    [InlineData("de", "05.03.2026")]
    [InlineData("fr", "05/03/2026")]
    public void Dates_follow_the_language(string language, string expected) =>
        Assert.Equal(expected, new PdfFormatter(PdfTexts.For(language), "EUR").Date(new DateOnly(2026, 3, 5)));

    [Theory]
    [InlineData(new[] { 30, 60, 90 }, "Current|1–30|31–60|61–90|Over 90")]
    [InlineData(new[] { 1, 7 }, "Current|1|2–7|Over 7")]
    public void Aging_labels_are_built_from_the_day_limits(int[] limits, string expected) =>
        Assert.Equal(expected, string.Join('|', AgingLabels.For(limits, PdfTexts.English)));
}
