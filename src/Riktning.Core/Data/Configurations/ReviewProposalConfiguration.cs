using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Reviews;

namespace Riktning.Data.Configurations;

internal sealed class ReviewProposalConfiguration : IEntityTypeConfiguration<ReviewProposal>
{
    public void Configure(EntityTypeBuilder<ReviewProposal> builder)
    {
        builder.ToTable("review_proposals");
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.IndicatorId).HasMaxLength(100);
        builder.Property(p => p.GoalId).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(RevisionBuilder.MaxNameLength);
        builder.Property(p => p.MeasureId).HasMaxLength(100);
        builder.Property(p => p.ReplacedMeasureId).HasMaxLength(100);
        builder.Property(p => p.Reason).HasMaxLength(RevisionBuilder.MaxReasonLength);
        builder.HasOne<StrategyReview>().WithMany().HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
