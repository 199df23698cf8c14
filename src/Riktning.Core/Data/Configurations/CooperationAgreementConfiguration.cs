using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.CrossBorder;

namespace Riktning.Data.Configurations;

internal sealed class CooperationAgreementConfiguration : IEntityTypeConfiguration<CooperationAgreement>
{
    public void Configure(EntityTypeBuilder<CooperationAgreement> builder)
    {
        builder.ToTable("cooperation_agreements");
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Summary).HasMaxLength(4000);
        builder.Property(a => a.Link).HasMaxLength(500);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
