using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Statistics;

namespace Riktning.Data.Configurations;

internal sealed class ObservationSeriesConfiguration : IEntityTypeConfiguration<ObservationSeries>
{
    public void Configure(EntityTypeBuilder<ObservationSeries> builder)
    {
        builder.ToTable("observation_series");
        builder.Property(s => s.MeasureId).HasMaxLength(100);
        builder.Property(s => s.RegionKey).HasMaxLength(20);
        builder.Property(s => s.Breakdown).HasMaxLength(200);
        // The report pages ask for one measure in one or many regions.
        builder.HasIndex(s => new { s.MeasureId, s.RegionKey, s.Breakdown }).IsUnique();
    }
}
