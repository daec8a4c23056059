using CustomerCenter.Web.Features.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.Property(i => i.Sku).HasMaxLength(64);
        builder.HasIndex(i => i.Sku).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.NameNormalized).HasMaxLength(200);
        builder.HasIndex(i => new { i.NameNormalized, i.Id });
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.Property(i => i.Unit).HasMaxLength(20);
        builder.Property(i => i.UnitPrice).HasPrecision(22, 8);
        builder.Property(i => i.Currency).HasMaxLength(3);
        builder.Property(i => i.TaxRate).HasPrecision(6, 3);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}
