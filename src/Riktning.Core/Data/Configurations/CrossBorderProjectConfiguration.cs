using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.CrossBorder;

namespace Riktning.Data.Configurations;

internal sealed class CrossBorderProjectConfiguration : IEntityTypeConfiguration<CrossBorderProject>
{
    public void Configure(EntityTypeBuilder<CrossBorderProject> builder)
    {
        builder.ToTable("cross_border_projects");
        builder.Property(p => p.Key).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.Summary).HasMaxLength(4000);
        builder.Property(p => p.Programme).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.BudgetCurrency).HasConversion<string>().HasMaxLength(3);
        builder.Property(p => p.Website).HasMaxLength(500);
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
