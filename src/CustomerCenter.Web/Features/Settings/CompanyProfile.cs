using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Pdf;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Settings;

public static class CompanyProfile
{
    /// <summary>The company settings row, or the defaults before an Admin has saved any.</summary>
    public static async Task<CompanySettings> LoadAsync(AppDbContext db, CancellationToken ct) =>
        await db.CompanySettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct) ?? new CompanySettings();

    public static PdfSeller ToSeller(CompanySettings s) => new(
        s.Name,
        [.. new[] { s.AddressLine1, s.AddressLine2, string.Join(" ", new[] { s.PostalCode, s.City }.Where(p => !string.IsNullOrWhiteSpace(p))),
            s.Country is null ? null : CustomerCenter.Domain.Countries.NameOf(s.Country) }
            .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!)])
    {
        VatNumber = s.VatNumber,
        RegistrationNumber = s.RegistrationNumber,
        Email = s.Email,
        Phone = s.Phone,
        BankName = s.BankName,
        Iban = s.Iban,
        Bic = s.Bic,
    };
}
