using CustomerCenter.Web.Features.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class ClientCenterConfiguration : IEntityTypeConfiguration<ClientCenter>
{
    public void Configure(EntityTypeBuilder<ClientCenter> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Slug).HasMaxLength(40);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.SettingsJson).HasMaxLength(400_000);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
