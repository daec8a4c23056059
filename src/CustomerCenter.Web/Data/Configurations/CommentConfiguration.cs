using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(ActivityLimits.Text);
        builder.Property(c => c.AuthorName).HasMaxLength(ActivityLimits.Actor);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Mentions).WithOne().HasForeignKey(m => m.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.CustomerId, c.CreatedAt });
        builder.HasIndex(c => c.AuthorId);
    }
}
