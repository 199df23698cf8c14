using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Accounts;

namespace Riktning.Data.Configurations;

internal sealed class RiktningUserConfiguration : IEntityTypeConfiguration<RiktningUser>
{
    public void Configure(EntityTypeBuilder<RiktningUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        // Restrict: an organisation with accounts is not deleted by accident (organisations are never deleted anyway).
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
