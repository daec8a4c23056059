using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerCenter.Web.Data.Configurations;

internal sealed class ProjectDocumentConfiguration : IEntityTypeConfiguration<ProjectDocument>
{
    public void Configure(EntityTypeBuilder<ProjectDocument> builder)
    {
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SalesDocument>().WithMany().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.ProjectId, l.DocumentId }).IsUnique();
        builder.HasIndex(l => l.DocumentId);
    }
}
