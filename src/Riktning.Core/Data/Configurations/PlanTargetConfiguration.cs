using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Cycles;
using Riktning.Plans;

namespace Riktning.Data.Configurations;

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.ToTable("plan_targets");
        builder.Property(t => t.Description).HasMaxLength(300);
        builder.Property(t => t.Unit).HasMaxLength(50);
        builder.Property(t => t.MeasureId).HasMaxLength(100);
        builder.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
