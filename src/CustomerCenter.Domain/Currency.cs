using System.Diagnostics.CodeAnalysis;

namespace CustomerCenter.Domain;

/// <summary>An ISO 4217 currency and the number of decimals (minor-unit exponent) its amounts carry.</summary>
public sealed record Currency(string Code, int Exponent, string Name)
{
    private static readonly Dictionary<string, Currency> ByCode = CurrencyList.Entries.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>Every supported currency, ordered by code.</summary>
    public static IReadOnlyList<Currency> All { get; } = [.. CurrencyList.Entries.OrderBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>How many minor units make one major unit (100 for EUR, 1 for JPY, 1000 for KWD).</summary>
    public long MinorPerMajor => Pow10.Long(Exponent);

    /// <summary>Looks a code up; only upper-case ISO codes match, so "eur" is refused rather than guessed.</summary>
    public static bool TryGet(string? code, [MaybeNullWhen(false)] out Currency currency)
    {
        if (code is null)
        {
            currency = null;
            return false;
        }

        return ByCode.TryGetValue(code, out currency);
    }

    /// <summary>Looks a code up that is known to be valid (e.g. read back from the database).</summary>
    /// <exception cref="ArgumentException">The code is not a supported ISO 4217 code.</exception>
    public static Currency Get(string code) =>
        TryGet(code, out var currency)
            ? currency
            : throw new ArgumentException($"'{code}' is not a supported ISO 4217 currency code.", nameof(code));
}
