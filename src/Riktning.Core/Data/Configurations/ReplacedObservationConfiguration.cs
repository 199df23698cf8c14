using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Statistics;

namespace Riktning.Data.Configurations;

internal sealed class ReplacedObservationConfiguration : IEntityTypeConfiguration<ReplacedObservation>
{
    public void Configure(EntityTypeBuilder<ReplacedObservation> builder)
    {
        builder.ToTable("replaced_observations");
        // Keyed by batch first: undo reads one batch's rows, and "did a later batch replace this batch's values" asks
        // by the previous batch, which the second index answers.
        builder.HasKey(r => new { r.BatchId, r.SeriesId, r.Period });
        builder.Property(r => r.Period).HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<byte>();
        builder.Property(r => r.Flags).HasConversion<byte>();
        builder.HasIndex(r => r.PreviousBatchId);
    }
}
