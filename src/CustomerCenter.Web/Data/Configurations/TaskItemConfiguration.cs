using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class TaskItemConfiguration : IEntityTypeConfiguration<TaskItem>
{
    public void Configure(EntityTypeBuilder<TaskItem> builder)
    {
        builder.ToTable("Tasks");
        builder.Property(t => t.Title).HasMaxLength(ActivityLimits.Subject);
        builder.Property(t => t.Description).HasMaxLength(ActivityLimits.Text);
        builder.Property(t => t.CreatedBy).HasMaxLength(ActivityLimits.Actor);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<Customer>().WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SalesDocument>().WithMany().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.SetNull);
        // "My tasks" and "overdue tasks" (open, by due date), and each customer's tasks.
        builder.HasIndex(t => new { t.AssigneeId, t.Status, t.DueDate });
        builder.HasIndex(t => new { t.Status, t.DueDate });
        builder.HasIndex(t => new { t.CustomerId, t.Status, t.DueDate });
        builder.HasIndex(t => t.DocumentId);
        builder.HasIndex(t => t.ProjectId);
    }
}
