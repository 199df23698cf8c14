using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Statistics;

namespace Riktning.Data.Configurations;

internal sealed class BreakdownCategoryConfiguration : IEntityTypeConfiguration<BreakdownCategory>
{
    public void Configure(EntityTypeBuilder<BreakdownCategory> builder)
    {
        builder.ToTable("breakdown_categories");
        builder.HasKey(c => new { c.MeasureId, c.Breakdown, c.Code, c.Language });
        builder.Property(c => c.MeasureId).HasMaxLength(100);
        builder.Property(c => c.Breakdown).HasMaxLength(100);
        builder.Property(c => c.Code).HasMaxLength(200);
        builder.Property(c => c.Language).HasMaxLength(10);
        builder.Property(c => c.Label).HasMaxLength(400);
        // The store version reads the newest of these on every check (once a second per process).
        builder.HasIndex(c => c.StoredAtUtc);
    }
}
