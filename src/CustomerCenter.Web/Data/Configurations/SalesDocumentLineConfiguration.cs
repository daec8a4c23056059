using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class SalesDocumentLineConfiguration : IEntityTypeConfiguration<SalesDocumentLine>
{
    public void Configure(EntityTypeBuilder<SalesDocumentLine> builder)
    {
        builder.Property(l => l.Description).HasMaxLength(2000);
        builder.Property(l => l.Unit).HasMaxLength(20);
        builder.Property(l => l.UnitPrice).HasPrecision(22, 8);
        builder.Property(l => l.DiscountPercent).HasPrecision(8, 4);
        builder.Property(l => l.TaxRate).HasPrecision(6, 3);
        builder.HasIndex(l => new { l.DocumentId, l.Position });
        builder.HasIndex(l => l.SourceLineId);
        builder.HasIndex(l => l.ItemId);
    }
}
