using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerCenter.Domain.Tests;

public class MoneyProperties
{
    private static readonly string[] Currencies = ["EUR", "JPY", "KWD", "CLF"];

    private static readonly Arbitrary<Money> AnyMoney =
        Gen.Elements(Currencies)
            .SelectMany(_ => Gen.Choose(int.MinValue, int.MaxValue), (currency, minor) => new Money(minor * 1000L, currency))
            .ToArbitrary();

    [Property]
    public Property Plain_string_round_trips_through_from_decimal() =>
        Prop.ForAll(AnyMoney, money =>
            Money.TryFromDecimal(decimal.Parse(money.ToPlainString(), System.Globalization.CultureInfo.InvariantCulture), money.Currency, out var back)
            && back == money);

    [Property]
    public Property Rounding_an_exact_amount_changes_nothing() =>
        Prop.ForAll(AnyMoney, money => Money.RoundFromDecimal(money.ToDecimal(), money.Currency) == money);

    [Property]
    public Property Rounding_is_symmetric_around_zero() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), Gen.Choose(0, 999).ToArbitrary(), (whole, thousandths) =>
        {
            var amount = whole + (thousandths / 1000m);
            return Money.RoundFromDecimal(-amount, "EUR") == -Money.RoundFromDecimal(amount, "EUR");
        });

    [Property]
    public Property Rounding_moves_the_amount_by_at_most_half_a_minor_unit() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), Gen.Choose(0, 999).ToArbitrary(), (whole, thousandths) =>
        {
            var amount = whole + (thousandths / 1000m);
            return Math.Abs(Money.RoundFromDecimal(amount, "EUR").ToDecimal() - amount) <= 0.005m;
        });

    [Property]
    public Property Addition_then_subtraction_is_identity() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), (a, b) =>
            new Money(a, "EUR") + new Money(b, "EUR") - new Money(b, "EUR") == new Money(a, "EUR"));
}
