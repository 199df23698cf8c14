using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.CrossBorder;

namespace Riktning.Data.Configurations;

internal sealed class CrossBorderActivityConfiguration : IEntityTypeConfiguration<CrossBorderActivity>
{
    public void Configure(EntityTypeBuilder<CrossBorderActivity> builder)
    {
        builder.ToTable("cross_border_activities");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Place).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CrossBorderProject>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.SetNull);
    }
}
