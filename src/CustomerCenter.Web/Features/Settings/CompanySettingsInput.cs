using CustomerCenter.Domain;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;

namespace CustomerCenter.Web.Features.Settings;

public sealed class CompanySettingsInput
{
    public string? Name { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public string? VatNumber { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public string? BankName { get; set; }

    public string? Iban { get; set; }

    public string? Bic { get; set; }

    public string? DefaultCurrency { get; set; }

    public int? QuoteValidityDays { get; set; }

    public static CompanySettingsInput From(CompanySettings s) => new()
    {
        Name = s.Name,
        AddressLine1 = s.AddressLine1,
        AddressLine2 = s.AddressLine2,
        PostalCode = s.PostalCode,
        City = s.City,
        Country = s.Country,
        VatNumber = s.VatNumber,
        RegistrationNumber = s.RegistrationNumber,
        Email = s.Email,
        Phone = s.Phone,
        Website = s.Website,
        BankName = s.BankName,
        Iban = s.Iban,
        Bic = s.Bic,
        DefaultCurrency = s.DefaultCurrency,
        QuoteValidityDays = s.QuoteValidityDays,
    };

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        TextRules.CheckRequired(errors, "name", Name, "The company name");
        foreach (var (field, value, max) in new[]
        {
            ("name", Name, 200), ("addressLine1", AddressLine1, 200), ("addressLine2", AddressLine2, 200), ("postalCode", PostalCode, 40),
            ("city", City, 200), ("vatNumber", VatNumber, 40), ("registrationNumber", RegistrationNumber, 40), ("phone", Phone, 40),
            ("website", Website, 200), ("bankName", BankName, 200), ("iban", Iban, 40), ("bic", Bic, 40),
        })
        {
            TextRules.CheckText(errors, field, value, max);
        }

        CustomerValidator.CheckEmail(errors, "email", Email);
        if (TextRules.Clean(Country) is { } country && !Countries.IsKnown(country.ToUpperInvariant()))
        {
            errors.Add("country", "Use a two-letter ISO 3166 country code, e.g. DE.");
        }

        if (!Currency.TryGet(TextRules.Clean(DefaultCurrency)?.ToUpperInvariant() ?? "EUR", out _))
        {
            errors.Add("defaultCurrency", "Use a three-letter ISO 4217 currency code, e.g. EUR.");
        }

        if (QuoteValidityDays is < 1 or > 365)
        {
            errors.Add("quoteValidityDays", "A quote stays valid between 1 and 365 days.");
        }

        return errors;
    }

    public void ApplyTo(CompanySettings s)
    {
        s.Name = Name!.Trim();
        s.AddressLine1 = TextRules.Clean(AddressLine1);
        s.AddressLine2 = TextRules.Clean(AddressLine2);
        s.PostalCode = TextRules.Clean(PostalCode);
        s.City = TextRules.Clean(City);
        s.Country = TextRules.Clean(Country)?.ToUpperInvariant();
        s.VatNumber = TextRules.Clean(VatNumber);
        s.RegistrationNumber = TextRules.Clean(RegistrationNumber);
        s.Email = TextRules.Clean(Email);
        s.Phone = TextRules.Clean(Phone);
        s.Website = TextRules.Clean(Website);
        s.BankName = TextRules.Clean(BankName);
        s.Iban = TextRules.Clean(Iban);
        s.Bic = TextRules.Clean(Bic);
        s.DefaultCurrency = TextRules.Clean(DefaultCurrency)?.ToUpperInvariant() ?? "EUR";
        s.QuoteValidityDays = QuoteValidityDays ?? 30;
    }
}
