using CustomerCenter.Domain.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerCenter.Domain.Tests.Documents;

public class LineCalculatorProperties
{
    private static readonly Gen<LineInput> Lines =
        from quantity in Gen.Choose(1, 5_000_000)
        from price in Gen.Choose(0, int.MaxValue)
        from discount in Gen.Choose(0, 10_000)
        from rate in Gen.Elements(0m, 5.5m, 7m, 8.125m, 19m, 20m, 25m)
        select new LineInput(quantity / 1000m, price / 1_000_000m, discount / 100m, rate);

    [Property]
    public Property Net_is_the_exact_amount_rounded_half_away_from_zero() =>
        Prop.ForAll(Lines.ToArbitrary(), line =>
        {
            var exactCents = line.Quantity * line.UnitPrice * (1 - (line.DiscountPercent / 100)) * 100;
            var net = LineCalculator.Calculate(line, "EUR").Value.Net.Minor;
            return net == decimal.Round(exactCents, 0, MidpointRounding.AwayFromZero);
        });

    [Property]
    public Property Tax_is_the_rounded_net_times_the_rate_rounded() =>
        Prop.ForAll(Lines.ToArbitrary(), line =>
        {
            var amounts = LineCalculator.Calculate(line, "EUR").Value;
            return amounts.Tax.Minor == decimal.Round(amounts.Net.Minor * line.TaxRate / 100, 0, MidpointRounding.AwayFromZero);
        });

    [Property]
    public Property Document_totals_and_tax_summary_add_up_the_lines() =>
        Prop.ForAll(Gen.ListOf(Lines).ToArbitrary(), lines =>
        {
            var totals = LineCalculator.Totals([.. lines], "EUR").Value;
            return totals.Net.Minor == totals.Lines.Sum(l => l.Net.Minor)
                && totals.Tax.Minor == totals.Lines.Sum(l => l.Tax.Minor)
                && totals.Gross == totals.Net + totals.Tax
                && totals.TaxSummary.Sum(s => s.NetBase.Minor) == totals.Net.Minor
                && totals.TaxSummary.Sum(s => s.Tax.Minor) == totals.Tax.Minor
                && totals.TaxSummary.Select(s => s.Rate).Distinct().Count() == totals.TaxSummary.Count;
        });

    [Property]
    public Property Currencies_without_minor_units_round_to_whole_units() =>
        Prop.ForAll(Lines.ToArbitrary(), line =>
        {
            var yenLine = line with { UnitPrice = decimal.Round(line.UnitPrice, 4) };
            var exact = yenLine.Quantity * yenLine.UnitPrice * (1 - (yenLine.DiscountPercent / 100));
            return LineCalculator.Calculate(yenLine, "JPY").Value.Net.Minor == decimal.Round(exact, 0, MidpointRounding.AwayFromZero);
        });
}
