using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Cycles;

namespace Riktning.Data.Configurations;

internal sealed class AnnualCycleConfiguration : IEntityTypeConfiguration<AnnualCycle>
{
    public void Configure(EntityTypeBuilder<AnnualCycle> builder)
    {
        builder.ToTable("annual_cycles");
        builder.HasIndex(c => c.Year).IsUnique();
        builder.Property(c => c.Notes).HasMaxLength(4000);
    }
}
