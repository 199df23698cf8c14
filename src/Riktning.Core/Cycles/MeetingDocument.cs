using Riktning.Auditing;

namespace Riktning.Cycles;

/// <summary>
/// A document of a meeting: a link, or an uploaded file whose bytes are kept apart in <see cref="MeetingDocumentFile"/>
/// so that the audit trail records the name, size and SHA-256 of the file rather than the file itself.
/// </summary>
public sealed class MeetingDocument : IAudited
{
    /// <summary>The largest file accepted, in bytes.</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    public int Id { get; set; }

    public int MeetingId { get; set; }

    public required string Title { get; set; }

    /// <summary>An http(s) address; null for an uploaded file.</summary>
    public string? Url { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public long? Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the uploaded bytes.</summary>
    public string? Sha256 { get; set; }
}
