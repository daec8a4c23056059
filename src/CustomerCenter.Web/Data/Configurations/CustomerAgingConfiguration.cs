using CustomerCenter.Web.Features.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CustomerAgingConfiguration : IEntityTypeConfiguration<CustomerAging>
{
    public void Configure(EntityTypeBuilder<CustomerAging> builder)
    {
        builder.ToTable("CustomerAging");
        builder.HasKey(a => new { a.CustomerId, a.Currency });
        builder.Property(a => a.Currency).HasMaxLength(3);
    }
}
