namespace CustomerCenter.Web.Features.Pdf;

/// <summary>The customer a document or statement is addressed to, with their billing address.</summary>
public sealed record PdfCustomer(string Name, IReadOnlyList<string> BillingAddressLines)
{
    public string? Number { get; init; }
    public string? VatNumber { get; init; }
}
