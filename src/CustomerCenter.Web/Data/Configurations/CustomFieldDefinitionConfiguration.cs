using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CustomFieldDefinitionConfiguration : IEntityTypeConfiguration<CustomFieldDefinition>
{
    public void Configure(EntityTypeBuilder<CustomFieldDefinition> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(40);
        builder.HasIndex(f => f.Key).IsUnique();
        builder.Property(f => f.Label).HasMaxLength(100);
        builder.PrimitiveCollection(f => f.Choices);
    }
}
