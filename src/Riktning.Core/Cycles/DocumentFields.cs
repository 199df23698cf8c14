namespace Riktning.Cycles;

/// <summary>A meeting document as typed: a title and either a link or (given apart) an uploaded file.</summary>
public sealed class DocumentFields
{
    public string? Title { get; set; }

    public string? Url { get; set; }
}
