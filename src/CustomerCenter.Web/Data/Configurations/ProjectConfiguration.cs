using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ActivityLimits.Subject);
        builder.Property(p => p.Description).HasMaxLength(ActivityLimits.Text);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CustomerId, p.Status });
    }
}
