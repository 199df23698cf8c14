using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Cycles;
using Riktning.Plans;

namespace Riktning.Data.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("progress_reports");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.FollowUp).HasMaxLength(4000);
        builder.Property(r => r.Needs).HasMaxLength(4000);
        // Both engines treat NULLs as distinct in a unique index, so each index binds only the rows of its kind:
        // one report per plan, and one per intervention, per cycle.
        builder.HasIndex(r => new { r.CycleId, r.PlanId }).IsUnique();
        builder.HasIndex(r => new { r.CycleId, r.InterventionId }).IsUnique();
        builder.HasOne<AnnualCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Intervention>().WithMany().HasForeignKey(r => r.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}
