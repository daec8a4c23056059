using CustomerCenter.Web.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CustomerFileContentConfiguration : IEntityTypeConfiguration<CustomerFileContent>
{
    public void Configure(EntityTypeBuilder<CustomerFileContent> builder)
    {
        builder.HasKey(c => c.FileId);
        builder.Property(c => c.FileId).ValueGeneratedNever();
        builder.HasOne<CustomerFile>().WithOne(f => f.Content).HasForeignKey<CustomerFileContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
