using CustomerCenter.Web.Features.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(254);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasOne<ClientCenter>().WithMany().HasForeignKey(u => u.ClientCenterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Features.Customers.Customer>().WithMany().HasForeignKey(u => u.CustomerId).OnDelete(DeleteBehavior.Restrict);
        // One login per email per center; one active Owner per customer (the database enforces both under concurrency).
        builder.HasIndex(u => new { u.ClientCenterId, u.NormalizedEmail }).IsUnique();
        builder.HasIndex(u => u.CustomerId).IsUnique().HasFilter("\"Role\" = 'Owner' AND \"IsActive\"").HasDatabaseName("IX_PortalUsers_OneOwnerPerCustomer");
        builder.HasIndex(u => new { u.CustomerId, u.ClientCenterId });
    }
}
