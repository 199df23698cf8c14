using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.SituationAnalysis;

namespace Riktning.Data.Configurations;

internal sealed class AnnualAnalysisConfiguration : IEntityTypeConfiguration<AnnualAnalysis>
{
    public void Configure(EntityTypeBuilder<AnnualAnalysis> builder)
    {
        builder.ToTable("situation_analyses");
        builder.Property(a => a.StrategyId).HasMaxLength(100);
        builder.Property(a => a.Region).HasMaxLength(20);
        builder.HasIndex(a => new { a.StrategyId, a.Year }).IsUnique();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Comments).AsJson();
        // The published figures as JSON text: unbounded, the same type on both engines, read and written whole.
        builder.Property(a => a.Snapshot);
    }
}
