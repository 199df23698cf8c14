using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Cycles;

namespace Riktning.Data.Configurations;

internal sealed class InputAnswerConfiguration : IEntityTypeConfiguration<InputAnswer>
{
    public void Configure(EntityTypeBuilder<InputAnswer> builder)
    {
        builder.ToTable("input_answers");
        builder.HasIndex(a => new { a.CallId, a.OrganisationId }).IsUnique();
        builder.Property(a => a.Needs).HasMaxLength(4000);
        builder.HasOne<InputCall>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
