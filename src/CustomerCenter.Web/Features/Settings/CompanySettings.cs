using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Settings;

/// <summary>The business itself, as printed on its documents. One row.</summary>
public sealed class CompanySettings : IAudited, IVersioned
{
    public long Id { get; set; }

    public string Name { get; set; } = "Your Company";

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

    /// <summary>Default currency for new customers.</summary>
    public string DefaultCurrency { get; set; } = "EUR";

    /// <summary>Days a quote stays valid by default.</summary>
    public int QuoteValidityDays { get; set; } = 30;

    public long Version { get; set; }

    long? IAudited.AuditCustomerId => null;
}
