using CustomerCenter.Web.Features.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CustomerAgingDayConfiguration : IEntityTypeConfiguration<CustomerAgingDay>
{
    public void Configure(EntityTypeBuilder<CustomerAgingDay> builder)
    {
        builder.ToTable("CustomerAgingDay");
        builder.Property(d => d.Id).ValueGeneratedNever();
    }
}
