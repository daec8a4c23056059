using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CustomerFileConfiguration : IEntityTypeConfiguration<CustomerFile>
{
    public void Configure(EntityTypeBuilder<CustomerFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(ActivityLimits.FileName);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.StoredName).HasMaxLength(100);
        builder.Property(f => f.UploadedBy).HasMaxLength(ActivityLimits.Actor);
        builder.HasOne<Customer>().WithMany().HasForeignKey(f => f.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.CustomerId, f.CreatedAt });
    }
}
