using CustomerCenter.Domain;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Customers;

public sealed class AddressInput
{
    public string? Line1 { get; set; }

    public string? Line2 { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>ISO 3166-1 alpha-2, e.g. DE.</summary>
    public string? Country { get; set; }

    public static AddressInput From(Address address) => new()
    {
        Line1 = address.Line1,
        Line2 = address.Line2,
        City = address.City,
        Region = address.Region,
        PostalCode = address.PostalCode,
        Country = address.Country,
    };

    public void Validate(ValidationErrors errors, string prefix)
    {
        TextRules.CheckText(errors, $"{prefix}.line1", Line1, CustomerLimits.AddressLine, label: "Address line 1");
        TextRules.CheckText(errors, $"{prefix}.line2", Line2, CustomerLimits.AddressLine, label: "Address line 2");
        TextRules.CheckText(errors, $"{prefix}.city", City, CustomerLimits.PersonName, label: "City");
        TextRules.CheckText(errors, $"{prefix}.region", Region, CustomerLimits.PersonName, label: "Region");
        TextRules.CheckText(errors, $"{prefix}.postalCode", PostalCode, CustomerLimits.PostalCode, label: "Postal code");
        var country = TextRules.Clean(Country)?.ToUpperInvariant();
        if (country is not null && !Countries.IsKnown(country))
        {
            errors.Add($"{prefix}.country", "Use a two-letter ISO 3166 country code, e.g. DE or US.");
        }
    }

    public Address ToAddress() => new()
    {
        Line1 = TextRules.Clean(Line1),
        Line2 = TextRules.Clean(Line2),
        City = TextRules.Clean(City),
        Region = TextRules.Clean(Region),
        PostalCode = TextRules.Clean(PostalCode),
        Country = TextRules.Clean(Country)?.ToUpperInvariant(),
    };
}
