using CustomerCenter.Web.Features.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(40);
        builder.HasIndex(p => p.Number).IsUnique();
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.Reference).HasMaxLength(100);
        builder.Property(p => p.ChequeNumber).HasMaxLength(40);
        builder.Property(p => p.ChequeBank).HasMaxLength(100);
        builder.Property(p => p.PlannedAllocations).HasMaxLength(20000);
        builder.Property(p => p.ReversalReason).HasMaxLength(500);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Features.Customers.Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CustomerId, p.Date });
        builder.HasIndex(p => new { p.Date, p.Id });
        builder.HasIndex(p => new { p.Status, p.Method, p.Date });
    }
}
