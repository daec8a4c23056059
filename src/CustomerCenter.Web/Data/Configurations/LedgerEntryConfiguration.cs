using CustomerCenter.Web.Features.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.Reference).HasMaxLength(64);
        builder.HasIndex(e => new { e.CustomerId, e.Currency, e.Date, e.Id });
        builder.HasIndex(e => e.DocumentId);
        builder.HasIndex(e => e.PaymentId);
        builder.HasIndex(e => e.RefundId);
        builder.HasIndex(e => new { e.Date, e.Id });
        // Aging as of a past date reads the entries closed after it. Those still open have their own index
        // (IX_LedgerEntries_Open, per provider); without the filter SQLite would read them through this one.
        builder.HasIndex(e => new { e.ClosedOn, e.Date }).HasFilter("\"ClosedOn\" IS NOT NULL");
    }
}
