using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class ActivityEntryConfiguration : IEntityTypeConfiguration<ActivityEntry>
{
    public void Configure(EntityTypeBuilder<ActivityEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(ActivityLimits.Actor);
        builder.Property(a => a.Summary).HasMaxLength(ActivityLimits.Summary);
        builder.Property(a => a.Detail).HasMaxLength(ActivityLimits.Detail);
        builder.Property(a => a.SubjectType).HasMaxLength(64);
        builder.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.OutboxMessage).WithMany().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
        // The timeline: newest first per customer, all kinds or one kind; the id breaks ties within an instant.
        builder.HasIndex(a => new { a.CustomerId, a.At, a.Id });
        builder.HasIndex(a => new { a.CustomerId, a.Kind, a.At, a.Id });
        builder.HasIndex(a => a.OutboxMessageId);
        // "Recently active customers" when a shortcut asks which customer.
        builder.HasIndex(a => a.At);
    }
}
