using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Cycles;

namespace Riktning.Data.Configurations;

internal sealed class MeetingDocumentConfiguration : IEntityTypeConfiguration<MeetingDocument>
{
    public void Configure(EntityTypeBuilder<MeetingDocument> builder)
    {
        builder.ToTable("meeting_documents");
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.Url).HasMaxLength(2000);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.HasOne<CycleMeeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
