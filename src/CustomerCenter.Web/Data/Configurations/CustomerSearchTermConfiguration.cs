using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CustomerSearchTermConfiguration : IEntityTypeConfiguration<CustomerSearchTerm>
{
    public void Configure(EntityTypeBuilder<CustomerSearchTerm> builder)
    {
        builder.HasKey(t => new { t.CustomerId, t.Term });
        builder.Property(t => t.Term).HasMaxLength(SearchText.MaxTermLength);

        // Covering index for "Term >= @p AND Term < @next": the search never touches the table.
        builder.HasIndex(t => new { t.Term, t.CustomerId });
    }
}
