using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Statistics;

namespace Riktning.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("import_batches");
        builder.Property(b => b.MeasureId).HasMaxLength(100);
        builder.Property(b => b.Source).HasMaxLength(20);
        builder.Property(b => b.TableId).HasMaxLength(100);
        builder.Property(b => b.Location).HasMaxLength(2000);
        builder.Property(b => b.SourceUpdated).HasMaxLength(100);
        builder.Property(b => b.ImportedBy).HasMaxLength(256);
        builder.Property(b => b.Note).HasMaxLength(2000);
        builder.Property(b => b.LatestPeriod).HasMaxLength(20);
        builder.HasIndex(b => b.MeasureId);
    }
}
