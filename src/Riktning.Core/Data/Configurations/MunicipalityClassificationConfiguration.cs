using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Riktning.Data.Configurations;

internal sealed class MunicipalityClassificationConfiguration :
    IEntityTypeConfiguration<MunicipalityClassification>,
    IEntityTypeConfiguration<MunicipalityGroup>,
    IEntityTypeConfiguration<MunicipalityGroupMember>
{
    public void Configure(EntityTypeBuilder<MunicipalityClassification> builder)
    {
        builder.ToTable("municipality_classifications");
        builder.Property(c => c.Key).HasMaxLength(50);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Source).HasMaxLength(1000);
        builder.HasIndex(c => c.Key).IsUnique();
        builder.HasMany(c => c.Groups).WithOne().HasForeignKey(g => g.ClassificationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<MunicipalityGroup> builder)
    {
        builder.ToTable("municipality_groups");
        builder.Property(g => g.Code).HasMaxLength(50);
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.HasIndex(g => new { g.ClassificationId, g.Code }).IsUnique();
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<MunicipalityGroupMember> builder)
    {
        builder.ToTable("municipality_group_members");
        builder.Property(m => m.RegionKey).HasMaxLength(20);
        builder.HasKey(m => new { m.GroupId, m.RegionKey });
        builder.HasIndex(m => new { m.ClassificationId, m.RegionKey }).IsUnique();
    }
}
