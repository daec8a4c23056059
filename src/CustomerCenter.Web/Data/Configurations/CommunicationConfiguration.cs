using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CommunicationConfiguration : IEntityTypeConfiguration<Communication>
{
    public void Configure(EntityTypeBuilder<Communication> builder)
    {
        builder.Property(c => c.Subject).HasMaxLength(ActivityLimits.Subject);
        builder.Property(c => c.Text).HasMaxLength(ActivityLimits.Text);
        builder.Property(c => c.ContactName).HasMaxLength(CustomerLimits.Name);
        builder.Property(c => c.CreatedBy).HasMaxLength(ActivityLimits.Actor);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.CustomerId, c.OccurredAt });
        builder.HasIndex(c => c.ContactId);
    }
}
