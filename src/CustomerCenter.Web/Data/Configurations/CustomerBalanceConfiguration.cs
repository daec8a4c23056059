using CustomerCenter.Web.Features.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CustomerBalanceConfiguration : IEntityTypeConfiguration<CustomerBalance>
{
    public void Configure(EntityTypeBuilder<CustomerBalance> builder)
    {
        builder.HasKey(b => new { b.CustomerId, b.Currency });
        builder.Property(b => b.Currency).HasMaxLength(3);
        builder.HasIndex(b => new { b.Currency, b.BalanceMinor });
    }
}
