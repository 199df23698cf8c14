using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Cycles;

namespace Riktning.Data.Configurations;

internal sealed class CycleMeetingConfiguration : IEntityTypeConfiguration<CycleMeeting>
{
    public void Configure(EntityTypeBuilder<CycleMeeting> builder)
    {
        builder.ToTable("cycle_meetings");
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(m => new { m.CycleId, m.Kind }).IsUnique();
        builder.Property(m => m.Place).HasMaxLength(300);
        builder.Property(m => m.Agenda).HasMaxLength(4000);
        builder.Property(m => m.InvitedIds).AsJson();
        builder.Property(m => m.PresentIds).AsJson();
        builder.HasOne<AnnualCycle>().WithMany().HasForeignKey(m => m.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}
