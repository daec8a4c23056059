using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Domain.Tests.Documents;

public class LineCalculatorTests
{
    private static LineAmounts Line(decimal quantity, decimal unitPrice, decimal discount = 0, decimal taxRate = 0, string currency = "EUR")
    {
        var result = LineCalculator.Calculate(new LineInput(quantity, unitPrice, discount, taxRate), currency);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }

    private static FieldErrors Errors(decimal quantity, decimal unitPrice, decimal discount = 0, decimal taxRate = 0, string currency = "EUR") =>
        LineCalculator.Validate(new LineInput(quantity, unitPrice, discount, taxRate), currency);

    [Fact]
    public void Line_total_rounds_half_away_from_zero() => Assert.Equal(1, Line(1, 0.005m).Net.Minor);

    [Fact]
    public void Line_total_just_below_half_a_cent_rounds_down() => Assert.Equal(0, Line(1, 0.004999m).Net.Minor);

    [Fact]
    public void Net_is_quantity_times_price_less_discount() => Assert.Equal(5397, Line(3, 19.99m, discount: 10).Net.Minor);

    [Fact]
    public void Tax_is_net_times_rate() => Assert.Equal(2000, Line(1, 100m, taxRate: 20).Tax.Minor);

    [Fact]
    public void Tax_half_cent_rounds_away_from_zero() => Assert.Equal(1, Line(1, 0.05m, taxRate: 10).Tax.Minor);

    [Fact]
    public void Tax_is_computed_on_the_rounded_net() =>
        // Net 0.005 rounds to 0.01, and 50 % of 0.01 rounds to 0.01; 50 % of the raw 0.005 would give 0.00.
        Assert.Equal(1, Line(1, 0.005m, taxRate: 50).Tax.Minor);

    [Fact]
    public void Gross_is_net_plus_tax() => Assert.Equal(new Money(12000, "EUR"), Line(1, 100m, taxRate: 20).Gross);

    [Fact]
    public void Three_decimal_quantity_is_exact() => Assert.Equal(251, Line(1.255m, 2m).Net.Minor);

    [Fact]
    public void Quantity_with_three_decimals_and_fine_price_rounds_once() =>
        // 2.345 × 0.1235 = 0.2896075 → 0.29
        Assert.Equal(29, Line(2.345m, 0.1235m).Net.Minor);

    [Fact]
    public void Large_quantity_times_small_price() => Assert.Equal(1_000_000_000, Line(1_000_000_000m, 0.01m).Net.Minor);

    [Fact]
    public void Largest_quantity_with_a_six_decimal_price_is_exact() =>
        // 999,999,999.999 × 0.000005 = 4,999.999999995 → 5,000.00
        Assert.Equal(500_000, Line(999_999_999.999m, 0.000005m).Net.Minor);

    [Fact]
    public void Full_discount_gives_zero() => Assert.True(Line(5, 10m, discount: 100, taxRate: 20).Gross.IsZero);

    [Fact]
    public void Fractional_discount_applies_before_rounding() =>
        // 1 × 10.00 × (1 − 0.125) = 8.75
        Assert.Equal(875, Line(1, 10m, discount: 12.5m).Net.Minor);

    [Fact]
    public void Tax_rate_with_three_decimals() =>
        // 100.00 × 8.125 % = 8.125 → 8.13
        Assert.Equal(813, Line(1, 100m, taxRate: 8.125m).Tax.Minor);

    [Fact]
    public void Jpy_line_rounds_to_whole_yen() => Assert.Equal(1000, Line(3, 333.3333m, currency: "JPY").Net.Minor);

    [Fact]
    public void Jpy_half_yen_rounds_away_from_zero() => Assert.Equal(2, Line(1, 1.5m, currency: "JPY").Net.Minor);

    [Fact]
    public void Kwd_line_rounds_to_fils() => Assert.Equal(1235, Line(1, 1.2345m, currency: "KWD").Net.Minor);

    [Fact]
    public void Free_line_is_zero() => Assert.True(Line(2, 0m, taxRate: 20).Gross.IsZero);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1000000000.001")]
    [InlineData("1.0001")]
    public void Quantity_must_be_positive_at_most_a_billion_with_three_decimals(string quantity) =>
        Assert.True(Errors(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), 1m).ContainsKey("quantity"));

    [Fact]
    public void Quantity_of_a_billion_is_allowed() => Assert.True(Errors(1_000_000_000m, 0m).IsEmpty);

    [Theory]
    [InlineData("-0.01", "EUR")]
    [InlineData("1000000000000.01", "EUR")]
    [InlineData("0.0000001", "EUR")]
    [InlineData("0.00001", "JPY")]
    [InlineData("0.00000001", "KWD")]
    public void Unit_price_must_be_in_range_with_at_most_four_extra_decimals(string price, string currency) =>
        Assert.True(Errors(1, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), currency: currency).ContainsKey("unitPrice"));

    [Theory]
    [InlineData("0.000001", "EUR")]
    [InlineData("0.0001", "JPY")]
    [InlineData("0.0000001", "KWD")]
    [InlineData("1000000000000", "EUR")]
    public void Unit_price_may_carry_four_more_decimals_than_the_currency(string price, string currency) =>
        Assert.True(Errors(1, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), currency: currency).IsEmpty);

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    [InlineData("10.00001")]
    public void Discount_must_be_a_percent_between_0_and_100(string discount) =>
        Assert.True(Errors(1, 1m, discount: decimal.Parse(discount, System.Globalization.CultureInfo.InvariantCulture)).ContainsKey("discountPercent"));

    [Theory]
    [InlineData("-1")]
    [InlineData("100.001")]
    [InlineData("20.0001")]
    public void Tax_rate_must_be_a_percent_with_at_most_three_decimals(string rate) =>
        Assert.True(Errors(1, 1m, taxRate: decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)).ContainsKey("taxRate"));

    [Fact]
    public void Tax_rate_of_100_percent_is_allowed() => Assert.Equal(500, Line(1, 5m, taxRate: 100).Tax.Minor);

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var errors = Errors(0, -1m, discount: 101, taxRate: -1);

        Assert.Equal(["discountPercent", "quantity", "taxRate", "unitPrice"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Calculate_reports_validation_errors_as_invalid()
    {
        var result = LineCalculator.Calculate(new LineInput(0, 1m, 0, 0), "EUR");

        Assert.Equal(DomainErrorKind.Invalid, result.ErrorKind);
        Assert.True(result.Errors.ContainsKey("quantity"));
    }

    [Fact]
    public void Line_that_does_not_fit_in_minor_units_is_refused()
    {
        var result = LineCalculator.Calculate(new LineInput(1_000_000_000m, 1_000_000_000_000m, 0, 0), "EUR");

        Assert.True(result.Errors.ContainsKey("lineTotal"));
    }

    [Fact]
    public void Document_totals_are_sums_of_rounded_lines()
    {
        // Each line: 0.05 net, 10 % tax = 0.005 → 0.01. Summing first would give 0.10 × 10 % = 0.01, not 0.02.
        var totals = Totals([new(1, 0.05m, 0, 10), new(1, 0.05m, 0, 10)]);

        Assert.Equal(10, totals.Net.Minor);
        Assert.Equal(2, totals.Tax.Minor);
        Assert.Equal(12, totals.Gross.Minor);
    }

    [Fact]
    public void Tax_summary_has_one_row_per_rate_in_rate_order()
    {
        var totals = Totals(
        [
            new(1, 100m, 0, 20),
            new(2, 10m, 0, 7),
            new(1, 50m, 0, 20),
            new(1, 5m, 0, 0),
        ]);

        Assert.Equal(
            [
                new TaxSummaryLine(0, new Money(500, "EUR"), new Money(0, "EUR")),
                new TaxSummaryLine(7, new Money(2000, "EUR"), new Money(140, "EUR")),
                new TaxSummaryLine(20, new Money(15000, "EUR"), new Money(3000, "EUR")),
            ],
            totals.TaxSummary);
        Assert.Equal(new Money(3140, "EUR"), totals.Tax);
    }

    [Fact]
    public void Same_rate_written_differently_is_one_summary_row() =>
        Assert.Single(Totals([new(1, 1m, 0, 20m), new(1, 1m, 0, 20.000m)]).TaxSummary);

    [Fact]
    public void Document_without_lines_totals_zero()
    {
        var totals = Totals([]);

        Assert.True(totals.Gross.IsZero);
        Assert.Empty(totals.TaxSummary);
    }

    [Fact]
    public void Document_errors_are_keyed_by_line()
    {
        var result = LineCalculator.Totals([new(1, 1m, 0, 0), new(0, 1m, 0, 200)], "EUR");

        Assert.Equal(["lines[1].quantity", "lines[1].taxRate"], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Document_total_that_overflows_is_refused()
    {
        // Each line is 5·10^16 EUR = 5·10^18 cents, which fits; two of them do not.
        var line = new LineInput(1_000_000_000m, 50_000_000m, 0, 0);

        var result = LineCalculator.Totals([line, line], "EUR");

        Assert.True(result.Errors.ContainsKey("lines"));
    }

    private static DocumentTotals Totals(IReadOnlyList<LineInput> lines)
    {
        var result = LineCalculator.Totals(lines, "EUR");
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }
}
