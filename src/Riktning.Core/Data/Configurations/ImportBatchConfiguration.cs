using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Statistics;

namespace Riktning.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("import_batches");
        builder.Property(b => b.Source).HasMaxLength(20);
        builder.Property(b => b.TableId).HasMaxLength(100);
        builder.Property(b => b.Location).HasMaxLength(2000);
    }
}
