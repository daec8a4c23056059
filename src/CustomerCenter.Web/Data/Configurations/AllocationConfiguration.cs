using CustomerCenter.Web.Features.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.Property(a => a.Currency).HasMaxLength(3);
        builder.HasIndex(a => new { a.DebitEntryId, a.Date });
        builder.HasIndex(a => new { a.CreditEntryId, a.Date });
        builder.HasIndex(a => new { a.CustomerId, a.Date });
        builder.HasOne<LedgerEntry>().WithMany().HasForeignKey(a => a.DebitEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LedgerEntry>().WithMany().HasForeignKey(a => a.CreditEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
