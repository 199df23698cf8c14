using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Riktning.Data.Configurations;

internal sealed class StrategyRevisionConfiguration : IEntityTypeConfiguration<StrategyRevision>
{
    public void Configure(EntityTypeBuilder<StrategyRevision> builder)
    {
        builder.ToTable("strategy_revisions");
        builder.Property(r => r.DefinitionId).HasMaxLength(100);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Label).HasMaxLength(100);
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.SourceFile).HasMaxLength(1000);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.HasIndex(r => new { r.DefinitionId, r.Number }).IsUnique();
    }
}
