using System.Globalization;
using CurrencyInfo = CustomerCenter.Domain.Currency;

namespace CustomerCenter.Domain;

/// <summary>
/// An amount as a whole number of the currency's minor units (cents, fils, yen) plus its ISO 4217 code.
/// Arithmetic refuses to mix currencies: that is a programming error, never a user error.
/// </summary>
public readonly record struct Money(long Minor, string Currency) : IComparable<Money>
{
    /// <summary>The largest amount, in major units, accepted from users and integrations.</summary>
    public const long MaxMajorUnits = 1_000_000_000_000_000;

    /// <summary>The upper-case ISO 4217 code; unknown codes are refused when the value is created.</summary>
    public string Currency { get; } = CurrencyInfo.Get(Currency).Code;

    public int Exponent => CurrencyInfo.Get(Currency).Exponent;

    public bool IsZero => Minor == 0;

    public bool IsPositive => Minor > 0;

    public bool IsNegative => Minor < 0;

    public static Money Zero(string currency) => new(0, currency);

    public static Money operator +(Money left, Money right)
    {
        EnsureSameCurrency(left, right);
        return new Money(checked(left.Minor + right.Minor), left.Currency);
    }

    public static Money operator -(Money left, Money right)
    {
        EnsureSameCurrency(left, right);
        return new Money(checked(left.Minor - right.Minor), left.Currency);
    }

    public static Money operator -(Money value) => new(checked(-value.Minor), value.Currency);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        EnsureSameCurrency(this, other);
        return Minor.CompareTo(other.Minor);
    }

    public Money Abs() => IsNegative ? -this : this;

    public static Money Min(Money left, Money right) => left <= right ? left : right;

    public static Money Max(Money left, Money right) => left >= right ? left : right;

    /// <summary>Adds amounts of one currency; an empty sequence gives zero in <paramref name="currency"/>.</summary>
    public static Money Sum(IEnumerable<Money> amounts, string currency)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return amounts.Aggregate(Zero(currency), (total, amount) => total + amount);
    }

    /// <summary>The amount in major units, carrying exactly the currency's number of decimals (12.30, not 12.3).</summary>
    public decimal ToDecimal()
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(Minor, bits);
        return new decimal(bits[0], bits[1], bits[2], Minor < 0, (byte)Exponent);
    }

    /// <summary>
    /// Converts an amount typed by a person or sent by an integration. Refuses (false) unknown currencies,
    /// more decimals than the currency has (12.345 EUR, 1.5 JPY) and amounts beyond ±10^15 major units.
    /// </summary>
    public static bool TryFromDecimal(decimal amount, string? currency, out Money money)
    {
        money = default;
        if (!CurrencyInfo.TryGet(currency, out var info)
            || Math.Abs(amount) > MaxMajorUnits
            || decimal.Round(amount, info.Exponent) != amount)
        {
            return false;
        }

        var minor = amount * info.MinorPerMajor;
        if (minor is > long.MaxValue or < long.MinValue)
        {
            return false;
        }

        money = new Money((long)minor, info.Code);
        return true;
    }

    /// <summary>Rounds a computed amount to minor units, half away from zero (0.005 → 0.01, −0.005 → −0.01).</summary>
    /// <exception cref="OverflowException">The amount does not fit in minor units.</exception>
    public static Money RoundFromDecimal(decimal amount, string currency)
    {
        var info = CurrencyInfo.Get(currency);
        var minor = decimal.Round(amount * info.MinorPerMajor, 0, MidpointRounding.AwayFromZero);
        return new Money(decimal.ToInt64(minor), info.Code);
    }

    /// <summary>For people: grouped digits, the currency's decimals and the code, e.g. "1,234.50 EUR".</summary>
    public string Format(IFormatProvider? culture = null) =>
        ToDecimal().ToString("N" + Exponent.ToString(CultureInfo.InvariantCulture), culture ?? CultureInfo.InvariantCulture)
        + " " + Currency;

    /// <summary>For CSV and JSON: invariant, no grouping, no code, e.g. "1234.50", "1234" (JPY), "1.234" (KWD).</summary>
    public string ToPlainString() => ToDecimal().ToString(CultureInfo.InvariantCulture);

    public override string ToString() => Format();

    private static void EnsureSameCurrency(Money left, Money right)
    {
        if (!string.Equals(left.Currency, right.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot combine {left.Currency} and {right.Currency} amounts.");
        }
    }
}
