using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.CrossBorder;

namespace Riktning.Data.Configurations;

internal sealed class KnowledgeItemConfiguration : IEntityTypeConfiguration<KnowledgeItem>
{
    public void Configure(EntityTypeBuilder<KnowledgeItem> builder)
    {
        builder.ToTable("knowledge_items");
        builder.Property(k => k.Title).HasMaxLength(300);
        builder.Property(k => k.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(k => k.Url).HasMaxLength(500);
        builder.Property(k => k.Publisher).HasMaxLength(200);
        builder.Property(k => k.Language).HasMaxLength(2);
        builder.Property(k => k.Summary).HasMaxLength(4000);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
