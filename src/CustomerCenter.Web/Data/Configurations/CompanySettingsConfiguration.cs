using CustomerCenter.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CompanySettingsConfiguration : IEntityTypeConfiguration<CompanySettings>
{
    public void Configure(EntityTypeBuilder<CompanySettings> builder)
    {
        builder.ToTable("CompanySettings");
        foreach (var name in new[] { "Name", "AddressLine1", "AddressLine2", "City", "Email", "Website", "BankName" })
        {
            builder.Property(name).HasMaxLength(200);
        }

        foreach (var name in new[] { "PostalCode", "VatNumber", "RegistrationNumber", "Phone", "Iban", "Bic" })
        {
            builder.Property(name).HasMaxLength(40);
        }

        builder.Property(s => s.Country).HasMaxLength(2);
        builder.Property(s => s.DefaultCurrency).HasMaxLength(3);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
