using System.Globalization;

namespace CustomerCenter.Domain.Tests;

public class MoneyTests
{
    private static Money Eur(long minor) => new(minor, "EUR");

    [Fact]
    public void Unknown_currency_is_refused_when_money_is_created() =>
        Assert.Throws<ArgumentException>(() => new Money(1, "eur"));

    [Fact]
    public void Zero_has_no_minor_units() => Assert.True(Money.Zero("EUR").IsZero);

    [Fact]
    public void Adding_and_subtracting_same_currency() =>
        Assert.Equal(Eur(150), Eur(200) + Eur(50) - Eur(100));

    [Fact]
    public void Negating_flips_the_sign() => Assert.Equal(Eur(-200), -Eur(200));

    [Fact]
    public void Adding_different_currencies_throws() =>
        Assert.Throws<InvalidOperationException>(() => Eur(1) + new Money(1, "USD"));

    [Fact]
    public void Subtracting_different_currencies_throws() =>
        Assert.Throws<InvalidOperationException>(() => Eur(1) - new Money(1, "USD"));

    [Fact]
    public void Comparing_different_currencies_throws() =>
        Assert.Throws<InvalidOperationException>(() => Eur(1) < new Money(2, "USD"));

    [Fact]
    public void Overflowing_long_throws_rather_than_wrapping() =>
        Assert.Throws<OverflowException>(() => Eur(long.MaxValue) + Eur(1));

    [Fact]
    public void Comparison_operators_follow_the_amount()
    {
        Assert.True(Eur(1) < Eur(2));
        Assert.True(Eur(2) > Eur(1));
        Assert.True(Eur(2) <= Eur(2));
        Assert.True(Eur(2) >= Eur(2));
        Assert.Equal(Eur(1), Money.Min(Eur(1), Eur(2)));
        Assert.Equal(Eur(2), Money.Max(Eur(1), Eur(2)));
        Assert.Equal(Eur(5), Eur(-5).Abs());
    }

    [Fact]
    public void Sum_of_nothing_is_zero_in_the_given_currency() =>
        Assert.Equal(Money.Zero("JPY"), Money.Sum([], "JPY"));

    [Fact]
    public void Sum_adds_all_amounts() => Assert.Equal(Eur(6), Money.Sum([Eur(1), Eur(2), Eur(3)], "EUR"));

    [Theory]
    [InlineData(123450, "EUR", "1234.50")]
    [InlineData(1234, "JPY", "1234")]
    [InlineData(1234, "KWD", "1.234")]
    [InlineData(-5, "EUR", "-0.05")]
    [InlineData(0, "EUR", "0.00")]
    [InlineData(12345, "CLF", "1.2345")]
    public void Plain_string_has_exactly_the_currency_decimals(long minor, string currency, string expected) =>
        Assert.Equal(expected, new Money(minor, currency).ToPlainString());

    [Theory]
    [InlineData(123450, "EUR", "1,234.50 EUR")]
    [InlineData(123456789, "JPY", "123,456,789 JPY")]
    [InlineData(1234567, "KWD", "1,234.567 KWD")]
    [InlineData(-100, "USD", "-1.00 USD")]
    public void Format_groups_digits_and_appends_the_code(long minor, string currency, string expected) =>
        Assert.Equal(expected, new Money(minor, currency).Format());

    [Fact]
    public void Format_uses_the_given_culture() =>
        Assert.Equal("1.234,50 EUR", Eur(123450).Format(CultureInfo.GetCultureInfo("de-DE")));

    [Fact]
    public void To_decimal_keeps_the_currency_scale()
    {
        Assert.Equal(12.30m, Eur(1230).ToDecimal());
        Assert.Equal("12.30", Eur(1230).ToDecimal().ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void To_decimal_handles_the_extremes()
    {
        Assert.Equal(long.MaxValue / 100m, Eur(long.MaxValue).ToDecimal());
        Assert.Equal(long.MinValue / 100m, Eur(long.MinValue).ToDecimal());
    }

    [Theory]
    [InlineData("12.34", "EUR", 1234)]
    [InlineData("12.3", "EUR", 1230)]
    [InlineData("12.340", "EUR", 1234)]
    [InlineData("-0.01", "EUR", -1)]
    [InlineData("1500", "JPY", 1500)]
    [InlineData("1500.00", "JPY", 1500)]
    [InlineData("1.234", "KWD", 1234)]
    [InlineData("1000000000000000", "EUR", 100000000000000000)]
    [InlineData("1000000000000", "CLF", 10000000000000000)]
    public void From_decimal_accepts_amounts_within_the_currency_decimals(string amount, string currency, long minor)
    {
        Assert.True(Money.TryFromDecimal(decimal.Parse(amount, CultureInfo.InvariantCulture), currency, out var money));
        Assert.Equal(new Money(minor, currency), money);
    }

    [Theory]
    [InlineData("12.345", "EUR")]
    [InlineData("1.5", "JPY")]
    [InlineData("1.2345", "KWD")]
    [InlineData("1000000000000000.01", "EUR")]
    [InlineData("-1000000000000001", "EUR")]
    [InlineData("1000000000000000", "CLF")]
    [InlineData("1", "XAU")]
    [InlineData("1", "eur")]
    public void From_decimal_refuses_extra_decimals_huge_amounts_and_unknown_currencies(string amount, string currency) =>
        Assert.False(Money.TryFromDecimal(decimal.Parse(amount, CultureInfo.InvariantCulture), currency, out _));

    [Fact]
    public void From_decimal_refuses_a_missing_currency() => Assert.False(Money.TryFromDecimal(1m, null, out _));

    [Theory]
    [InlineData("0.005", "EUR", 1)]
    [InlineData("-0.005", "EUR", -1)]
    [InlineData("0.0049999", "EUR", 0)]
    [InlineData("0.015", "EUR", 2)]
    [InlineData("0.025", "EUR", 3)]
    [InlineData("2.5", "JPY", 3)]
    [InlineData("-2.5", "JPY", -3)]
    [InlineData("0.0005", "KWD", 1)]
    [InlineData("1.23456", "CLF", 12346)]
    public void Rounding_is_half_away_from_zero(string amount, string currency, long minor) =>
        Assert.Equal(
            new Money(minor, currency),
            Money.RoundFromDecimal(decimal.Parse(amount, CultureInfo.InvariantCulture), currency));

    [Fact]
    public void Rounding_an_amount_beyond_long_throws() =>
        Assert.Throws<OverflowException>(() => Money.RoundFromDecimal(1e20m, "EUR"));

    [Fact]
    public void Money_with_the_same_amount_and_currency_is_equal() => Assert.Equal(Eur(5), Eur(5));

    [Fact]
    public void Money_reads_well_in_test_output() => Assert.Equal("0.05 EUR", Eur(5).ToString());
}
