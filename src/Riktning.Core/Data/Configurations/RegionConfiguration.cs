using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Riktning.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.Property(r => r.Country).HasMaxLength(2);
        builder.Property(r => r.Code).HasMaxLength(10);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.ParentCode).HasMaxLength(10);
        builder.Ignore(r => r.Key);
        builder.HasIndex(r => new { r.Country, r.Code, r.ValidFrom }).IsUnique();
    }
}
