using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class SalesDocumentConfiguration : IEntityTypeConfiguration<SalesDocument>
{
    public void Configure(EntityTypeBuilder<SalesDocument> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(40);
        builder.Property(d => d.Status).HasMaxLength(24);
        builder.Property(d => d.CustomerName).HasMaxLength(200);
        builder.Property(d => d.CustomerVatNumber).HasMaxLength(40);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.Property(d => d.Language).HasMaxLength(8);
        builder.Property(d => d.Reference).HasMaxLength(100);
        builder.Property(d => d.Notes).HasMaxLength(4000);
        builder.Property(d => d.Terms).HasMaxLength(4000);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.ComplexProperty(d => d.BillingAddress, a => a.IsRequired());
        builder.ComplexProperty(d => d.ShippingAddress, a => a.IsRequired());

        builder.HasOne(d => d.Customer).WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Source).WithMany().HasForeignKey(d => d.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);

        // Numbers are unique per kind; drafts have none (NULLs don't collide in a unique index on either database).
        builder.HasIndex(d => new { d.Kind, d.Number }).IsUnique();
        // The lists: newest first per kind, by status, per customer, by due date, by reference.
        builder.HasIndex(d => new { d.Kind, d.Date, d.Id });
        builder.HasIndex(d => new { d.Kind, d.Status, d.Date, d.Id });
        builder.HasIndex(d => new { d.CustomerId, d.Kind, d.Date });
        builder.HasIndex(d => new { d.Kind, d.DueDate, d.Id });
        builder.HasIndex(d => new { d.Kind, d.Reference });
        // Sorted by customer (name, then newest first): without these PostgreSQL sorted every posted invoice,
        // 371 ms for page 1 at 2 M invoices; with them 0.8 ms (page 400: 4.5 s → 10 ms).
        builder.HasIndex(d => new { d.Kind, d.CustomerName, d.Date, d.Id }).IsDescending(false, false, true, true);
        builder.HasIndex(d => new { d.Kind, d.Status, d.CustomerName, d.Date, d.Id }).IsDescending(false, false, false, true, true);
        builder.HasIndex(d => d.SourceId);
    }
}
