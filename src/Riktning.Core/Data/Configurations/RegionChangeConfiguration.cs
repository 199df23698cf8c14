using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Riktning.Data.Configurations;

internal sealed class RegionChangeConfiguration : IEntityTypeConfiguration<RegionChange>
{
    public void Configure(EntityTypeBuilder<RegionChange> builder)
    {
        builder.ToTable("region_changes");
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.FromCode).HasMaxLength(10);
        builder.Property(c => c.ToCode).HasMaxLength(10);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.WeightSource).HasMaxLength(300);
        builder.Property(c => c.Source).HasMaxLength(300);
        builder.Ignore(c => c.FromKey);
        builder.Ignore(c => c.ToKey);
        builder.HasIndex(c => new { c.Country, c.Level, c.FromCode, c.ToCode, c.EffectiveFrom }).IsUnique();
    }
}
