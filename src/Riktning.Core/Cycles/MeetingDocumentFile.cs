namespace Riktning.Cycles;

/// <summary>The bytes of an uploaded <see cref="MeetingDocument"/> (same id); not audited, the document row is.</summary>
public sealed class MeetingDocumentFile
{
    public int DocumentId { get; set; }

    public required byte[] Content { get; set; }
}
