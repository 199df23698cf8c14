using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.CrossBorder.Commuting;

namespace Riktning.Data.Configurations;

internal sealed class CommutingFlowConfiguration : IEntityTypeConfiguration<CommutingFlow>
{
    public void Configure(EntityTypeBuilder<CommutingFlow> builder)
    {
        builder.ToTable("commuting_flows");
        builder.Property(f => f.Source).HasMaxLength(60);
        builder.Property(f => f.OriginKey).HasMaxLength(20);
        builder.Property(f => f.DestinationKey).HasMaxLength(20);
        builder.Property(f => f.Sex).HasMaxLength(10);
        builder.Property(f => f.File).HasMaxLength(260);
        builder.HasIndex(f => new { f.Source, f.OriginKey, f.DestinationKey, f.Year, f.Sex }).IsUnique();
    }
}
