using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Auditing;

namespace Riktning.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(200);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        // The administrators' audit page filters on these and reads newest first.
        builder.HasIndex(a => a.WhenUtc);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => a.UserName);
    }
}
