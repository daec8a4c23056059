using CustomerCenter.Web.Features.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class PortalTokenConfiguration : IEntityTypeConfiguration<PortalToken>
{
    public void Configure(EntityTypeBuilder<PortalToken> builder)
    {
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.PortalUserId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(t => t.PortalUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
