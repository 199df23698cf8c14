using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Riktning.Cycles;

namespace Riktning.Data.Configurations;

internal sealed class MeetingDocumentFileConfiguration : IEntityTypeConfiguration<MeetingDocumentFile>
{
    public void Configure(EntityTypeBuilder<MeetingDocumentFile> builder)
    {
        builder.ToTable("meeting_document_files");
        builder.HasKey(f => f.DocumentId);
        builder.HasOne<MeetingDocument>().WithOne().HasForeignKey<MeetingDocumentFile>(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
