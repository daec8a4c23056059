using CustomerCenter.Web.Features.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(40);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.Reference).HasMaxLength(100);
        builder.HasOne<Features.Customers.Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CustomerId, r.Date });
        builder.HasIndex(r => new { r.Date, r.Id });
    }
}
