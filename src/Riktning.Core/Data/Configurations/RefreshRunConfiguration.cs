using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Statistics;

namespace Riktning.Data.Configurations;

internal sealed class RefreshRunConfiguration : IEntityTypeConfiguration<RefreshRun>
{
    public void Configure(EntityTypeBuilder<RefreshRun> builder)
    {
        builder.ToTable("refresh_runs");
        builder.Property(r => r.Trigger).HasMaxLength(20);
        builder.Property(r => r.Instance).HasMaxLength(300);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.HasIndex(r => r.Outcome);
    }
}
