using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Plans;

namespace Riktning.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans");
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.GoalIds).AsJson();
        builder.Property(p => p.KeyForChangeIds).AsJson();
        builder.Property(p => p.SmartSpecialisationIds).AsJson();
        builder.Property(p => p.MissionIds).AsJson();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
