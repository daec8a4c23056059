namespace CustomerCenter.Domain;

/// <summary>A language a customer can get the portal and documents in: ISO 639-1 code, English and own name.</summary>
public sealed record Language(string Code, string EnglishName, string NativeName);
