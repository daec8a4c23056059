namespace CustomerCenter.Web.Features.Pdf;

/// <summary>The business issuing the document, from the company settings. Empty optional fields are not printed.</summary>
public sealed record PdfSeller(string Name, IReadOnlyList<string> AddressLines)
{
    public string? VatNumber { get; init; }
    public string? RegistrationNumber { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? BankName { get; init; }
    public string? Iban { get; init; }
    public string? Bic { get; init; }
}
