namespace CustomerCenter.Domain;

/// <summary>An ISO 3166-1 country: its alpha-2 code and English name.</summary>
public sealed record Country(string Code, string Name);
