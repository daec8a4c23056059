using CustomerCenter.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.To).HasMaxLength(2000);
        builder.Property(m => m.Cc).HasMaxLength(2000);
        builder.Property(m => m.Bcc).HasMaxLength(2000);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.AttachmentName).HasMaxLength(200);
        builder.Property(m => m.AttachmentContentType).HasMaxLength(100);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => new { m.SentAt, m.AvailableAt });
        builder.HasIndex(m => new { m.CustomerId, m.CreatedAt });
        builder.HasIndex(m => m.DocumentId);
    }
}
