using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Plans;

namespace Riktning.Data.Configurations;

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.ToTable("interventions");
        builder.Property(i => i.Key).HasMaxLength(100);
        builder.HasIndex(i => i.Key).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.Description).HasMaxLength(4000);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.PartnerIds).AsJson();
        builder.Property(i => i.Financing).AsJson();
        builder.Property(i => i.GoalIds).AsJson();
        builder.Property(i => i.KeyForChangeIds).AsJson();
        builder.Property(i => i.SmartSpecialisationIds).AsJson();
        builder.Property(i => i.MissionIds).AsJson();
        builder.Property(i => i.IndicatorIds).AsJson();
        builder.Property(i => i.Perspectives).AsJson();
        foreach (var text in new[] { nameof(Intervention.CurrentState), nameof(Intervention.Activities), nameof(Intervention.Results), nameof(Intervention.Effects), nameof(Intervention.GoalContribution) })
        {
            builder.Property(text).HasMaxLength(4000);
        }

        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // Deleting a plan keeps its interventions; they just no longer belong to a plan.
        builder.HasOne<Plan>().WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.SetNull);
    }
}
