using CustomerCenter.Web.Features.Preferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class UserPreferenceConfiguration : IEntityTypeConfiguration<UserPreference>
{
    public void Configure(EntityTypeBuilder<UserPreference> builder)
    {
        builder.Property(p => p.UserKey).HasMaxLength(64);
        builder.Property(p => p.Key).HasMaxLength(64);
        builder.Property(p => p.Value).HasMaxLength(2000);
        builder.HasIndex(p => new { p.UserKey, p.Key }).IsUnique();
    }
}
