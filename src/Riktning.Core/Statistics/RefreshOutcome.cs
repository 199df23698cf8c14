namespace Riktning.Statistics;

/// <summary>What refreshing one measure did: imported (with its summary), skipped (and why) or failed (and why; nothing stored).</summary>
public sealed record RefreshOutcome(string MeasureId, SourceType Source, string? SourceId, ImportSummary? Summary, string? Skipped, string? Error)
{
    /// <summary>The HTTP calls made for the measure (every page and request), so that a source's limits can be checked.</summary>
    public int Calls { get; init; }
}
