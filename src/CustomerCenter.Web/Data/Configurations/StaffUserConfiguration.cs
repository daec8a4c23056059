using CustomerCenter.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(254);
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.Property(u => u.Version).IsConcurrencyToken();
    }
}
