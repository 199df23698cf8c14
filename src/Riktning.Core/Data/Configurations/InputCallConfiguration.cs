using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Cycles;

namespace Riktning.Data.Configurations;

internal sealed class InputCallConfiguration : IEntityTypeConfiguration<InputCall>
{
    public void Configure(EntityTypeBuilder<InputCall> builder)
    {
        builder.ToTable("input_calls");
        builder.HasIndex(c => c.CycleId).IsUnique();
        builder.Property(c => c.Message).HasMaxLength(4000);
        builder.Property(c => c.AddresseeIds).AsJson();
        builder.HasOne<AnnualCycle>().WithMany().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}
