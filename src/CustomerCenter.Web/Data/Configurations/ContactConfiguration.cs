using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(CustomerLimits.PersonName);
        builder.Property(c => c.LastName).HasMaxLength(CustomerLimits.PersonName);
        builder.Property(c => c.Name).HasMaxLength(CustomerLimits.Name);
        builder.Property(c => c.Email).HasMaxLength(CustomerLimits.Email);
        builder.Property(c => c.Phone).HasMaxLength(CustomerLimits.Phone);
        builder.Property(c => c.Title).HasMaxLength(CustomerLimits.PersonName);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.CustomerId, c.TrashedAt });
        builder.HasIndex(c => c.Email);
    }
}
