using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CommentMentionConfiguration : IEntityTypeConfiguration<CommentMention>
{
    public void Configure(EntityTypeBuilder<CommentMention> builder)
    {
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.StaffUserId).OnDelete(DeleteBehavior.Restrict);
        // "Mentions of me", newest first, on the start page.
        builder.HasIndex(m => new { m.StaffUserId, m.CommentId });
        builder.HasIndex(m => new { m.CommentId, m.StaffUserId }).IsUnique();
    }
}
