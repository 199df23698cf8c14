using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Riktning.Data.Configurations;

internal sealed class RegionBoundaryConfiguration : IEntityTypeConfiguration<RegionBoundary>
{
    public void Configure(EntityTypeBuilder<RegionBoundary> builder)
    {
        builder.ToTable("region_boundaries");
        builder.Property(b => b.RegionKey).HasMaxLength(20);
        builder.Property(b => b.SourceFile).HasMaxLength(260);
        builder.Property(b => b.Attribution).HasMaxLength(200);
        builder.Property(b => b.Licence).HasMaxLength(200);

        // Coordinates stay unbounded text: a municipality's outline is a few kilobytes after simplification.
        builder.HasIndex(b => b.RegionKey).IsUnique();
    }
}
