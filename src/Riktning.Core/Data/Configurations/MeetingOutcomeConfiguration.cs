using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Cycles;

namespace Riktning.Data.Configurations;

internal sealed class MeetingOutcomeConfiguration : IEntityTypeConfiguration<MeetingOutcome>
{
    public void Configure(EntityTypeBuilder<MeetingOutcome> builder)
    {
        builder.ToTable("meeting_outcomes");
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.FollowUpStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Text).HasMaxLength(4000);
        builder.Property(o => o.FollowUpNote).HasMaxLength(4000);
        builder.Property(o => o.GoalIds).AsJson();
        builder.Property(o => o.IndicatorIds).AsJson();
        builder.Property(o => o.InterventionIds).AsJson();
        builder.Property(o => o.CooperationAreaIds).AsJson();
        builder.HasOne<CycleMeeting>().WithMany().HasForeignKey(o => o.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
