using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Statistics;

namespace Riktning.Data.Configurations;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.ToTable("observations");
        // The key doubles as the index for "all periods of these series".
        builder.HasKey(o => new { o.SeriesId, o.Period });
        builder.Property(o => o.Period).HasMaxLength(20);
        builder.Property(o => o.Status).HasConversion<byte>();
        builder.HasOne<ObservationSeries>().WithMany().HasForeignKey(o => o.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(o => o.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.BatchId);
    }
}
