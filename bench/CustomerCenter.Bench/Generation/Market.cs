namespace CustomerCenter.Bench.Generation;

/// <summary>Where a generated customer is: Bogus locale, country, currency, language, phone prefix, share of customers.</summary>
internal sealed record Market(string Locale, string Country, string Currency, string Language, string Dial, float Weight)
{
    public static readonly Market[] All =
    [
        new("de", "DE", "EUR", "de", "+49", 25),
        new("fr", "FR", "EUR", "fr", "+33", 15),
        new("en_US", "US", "USD", "en", "+1", 25),
        new("en_GB", "GB", "GBP", "en", "+44", 12),
        new("es", "ES", "EUR", "es", "+34", 6),
        new("it", "IT", "EUR", "it", "+39", 6),
        new("nl", "NL", "EUR", "nl", "+31", 5),
        new("ja", "JP", "JPY", "ja", "+81", 6),
    ];

    public bool HasVat => Country is not ("US" or "JP");

    public string TopLevelDomain => Country == "US" ? "com" : Country.ToLowerInvariant();
}
