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
        builder.Property(o => o.Flags).HasConversion<byte>();
        // No foreign keys to series and batches: ObservationImporter is the only writer and creates both in the same
        // transaction as the values, while PostgreSQL would check a key row by row and make a million-value import
        // several times slower (bench/README.md). BatchId is not indexed either: every index is one more B-tree per
        // value on import, and asking "which values came from batch N" is rare enough to scan for.
    }
}
