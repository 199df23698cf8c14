using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Reviews;

namespace Riktning.Data.Configurations;

internal sealed class StrategyReviewConfiguration : IEntityTypeConfiguration<StrategyReview>
{
    public void Configure(EntityTypeBuilder<StrategyReview> builder)
    {
        builder.ToTable("strategy_reviews");
        builder.Property(r => r.StrategyId).HasMaxLength(100);
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.StrategyId, r.Status });
    }
}
