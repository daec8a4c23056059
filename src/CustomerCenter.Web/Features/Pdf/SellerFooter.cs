namespace CustomerCenter.Web.Features.Pdf;

/// <summary>The seller's legal and payment details that every page's footer repeats, as three columns of text.</summary>
internal static class SellerFooter
{
    public static IReadOnlyList<string> Columns(PdfSeller seller, PdfTexts texts) =>
    [
        Join([seller.Name, .. seller.AddressLines]),
        Join([
            Labelled(texts.VatNumber, seller.VatNumber),
            Labelled(texts.RegistrationNumber, seller.RegistrationNumber),
            Labelled(texts.Email, seller.Email),
            Labelled(texts.Phone, seller.Phone),
        ]),
        Join([Labelled(texts.Bank, seller.BankName), Labelled("IBAN", seller.Iban), Labelled("BIC", seller.Bic)]),
    ];

    private static string? Labelled(string label, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : $"{label} {value.Trim()}";

    // One source line per printed line: a line break typed inside a field becomes a space.
    private static string Join(IEnumerable<string?> lines) =>
        string.Join('\n', lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.ReplaceLineEndings(" ").Trim()));
}
