namespace Riktning.Reviews;

/// <summary>A new review as typed in the form.</summary>
public sealed class ReviewFields
{
    public string? Title { get; set; }

    public string? FromYear { get; set; }

    public string? ToYear { get; set; }
}
