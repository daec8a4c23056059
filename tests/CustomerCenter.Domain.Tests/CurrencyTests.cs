namespace CustomerCenter.Domain.Tests;

public class CurrencyTests
{
    [Theory]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("ISK", 0)]
    [InlineData("VND", 0)]
    [InlineData("CLP", 0)]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("GBP", 2)]
    [InlineData("CHF", 2)]
    [InlineData("KWD", 3)]
    [InlineData("BHD", 3)]
    [InlineData("JOD", 3)]
    [InlineData("OMR", 3)]
    [InlineData("TND", 3)]
    [InlineData("IQD", 3)]
    [InlineData("LYD", 3)]
    [InlineData("CLF", 4)]
    [InlineData("UYW", 4)]
    public void Currency_has_its_iso_minor_unit_exponent(string code, int exponent) =>
        Assert.Equal(exponent, Currency.Get(code).Exponent);

    [Fact]
    public void Jpy_has_no_minor_units() => Assert.Equal(1, Currency.Get("JPY").MinorPerMajor);

    [Fact]
    public void Kwd_uses_three_decimals() => Assert.Equal(1000, Currency.Get("KWD").MinorPerMajor);

    [Theory]
    [InlineData("eur")]
    [InlineData("Eur")]
    [InlineData("")]
    [InlineData(" EUR")]
    [InlineData("EURO")]
    [InlineData(null)]
    public void Currency_lookup_accepts_only_exact_upper_case_codes(string? code) =>
        Assert.False(Currency.TryGet(code, out _));

    [Theory]
    [InlineData("XAU")]
    [InlineData("XAG")]
    [InlineData("XPT")]
    [InlineData("XPD")]
    [InlineData("XDR")]
    [InlineData("XTS")]
    [InlineData("XXX")]
    [InlineData("XBA")]
    public void Codes_without_a_minor_unit_are_not_currencies_for_invoicing(string code) =>
        Assert.False(Currency.TryGet(code, out _));

    [Theory]
    [InlineData("ANG")]
    [InlineData("HRK")]
    [InlineData("SLL")]
    [InlineData("CUC")]
    public void Withdrawn_codes_are_not_offered(string code) => Assert.False(Currency.TryGet(code, out _));

    [Fact]
    public void Get_throws_for_an_unknown_code() => Assert.Throws<ArgumentException>(() => Currency.Get("ABC"));

    [Fact]
    public void All_lists_each_code_once_in_order()
    {
        var codes = Currency.All.Select(c => c.Code).ToList();

        Assert.Equal(codes.Distinct().Count(), codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.True(codes.Count > 150);
    }

    [Fact]
    public void Every_currency_has_a_three_letter_code_a_name_and_a_sane_exponent() =>
        Assert.All(Currency.All, c =>
        {
            Assert.Matches("^[A-Z]{3}$", c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
            Assert.InRange(c.Exponent, 0, 4);
        });

    [Fact]
    public void Lookup_returns_the_listed_instance()
    {
        Assert.True(Currency.TryGet("EUR", out var euro));
        Assert.Equal(new Currency("EUR", 2, "Euro"), euro);
    }
}
