using System.Text.Json;
using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(CustomerLimits.Name);
        builder.Property(c => c.NameNormalized).HasMaxLength(200);
        builder.Property(c => c.Number).HasMaxLength(CustomerLimits.Number);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Email).HasMaxLength(CustomerLimits.Email);
        builder.Property(c => c.Phone).HasMaxLength(CustomerLimits.Phone);
        builder.Property(c => c.Website).HasMaxLength(CustomerLimits.Website);
        builder.Property(c => c.VatNumber).HasMaxLength(CustomerLimits.Code);
        builder.Property(c => c.RegistrationNumber).HasMaxLength(CustomerLimits.Code);
        builder.Property(c => c.Ean).HasMaxLength(CustomerLimits.Ean);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.Language).HasMaxLength(8);
        builder.Property(c => c.Notes).HasMaxLength(CustomerLimits.Notes);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.ComplexProperty(c => c.BillingAddress, a => a.IsRequired());
        builder.ComplexCollection(c => c.ShippingAddresses, a => a.ToJson());

        builder.Property(c => c.CustomFields)
            .HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, (JsonSerializerOptions?)null) ?? new())
            .Metadata.SetValueComparer(new ValueComparer<Dictionary<string, string>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                v => v.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
                v => new Dictionary<string, string>(v)));

        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.SearchTerms).WithOne().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Contacts).WithOne(c => c.Customer).HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);

        // One index per sortable column of the list, so every sort + page is an index walk.
        builder.HasIndex(c => new { c.NameNormalized, c.Id });
        // The list shows the live customers (TrashedAt null) unless it shows the trash: partial indexes in the
        // list's default orders, so page 500 is a walk of 12,500 entries on both databases (PostgreSQL does not
        // treat "TrashedAt IS NULL" as an equality, and would sort every row with an index led by TrashedAt).
        builder.HasIndex(c => new { c.NameNormalized, c.Id }, "IX_Customers_Live_NameNormalized_Id").HasFilter("\"TrashedAt\" IS NULL");
        builder.HasIndex(c => new { c.CreatedAt, c.Id }, "IX_Customers_Live_CreatedAt_Id").HasFilter("\"TrashedAt\" IS NULL");
        builder.HasIndex(c => new { c.Email, c.Id });
        builder.HasIndex(c => new { c.Currency, c.NameNormalized });
        builder.HasIndex(c => c.ParentId);
        builder.HasOne<Features.Portal.ClientCenter>().WithMany().HasForeignKey(c => c.ClientCenterId).OnDelete(DeleteBehavior.Restrict);
        // The trash view. Partial: SQLite's statistics average the rows per TrashedAt value (about 100), so with
        // a full index it took "TrashedAt IS NULL" for a narrow search and sorted all 99,000 live rows.
        builder.HasIndex(c => new { c.TrashedAt, c.NameNormalized }, "IX_Customers_Trashed_NameNormalized").HasFilter("\"TrashedAt\" IS NOT NULL");
    }
}
