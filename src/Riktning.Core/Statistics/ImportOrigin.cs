namespace Riktning.Statistics;

/// <summary>Where an import's figures come from, recorded on its batch.</summary>
/// <param name="Source">The source word (<c>kolada</c>, <c>scb</c>, <c>px-file</c>, <c>csv</c> …).</param>
/// <param name="TableId">The table or KPI id the file or answer gives itself, if any.</param>
/// <param name="Location">The file or URL read.</param>
public sealed record ImportOrigin(string Source, string? TableId, string Location)
{
    /// <summary>When the source says it last updated the figures, as it writes it.</summary>
    public string? SourceUpdated { get; init; }

    /// <summary>Why the import was taken although the file names another table or KPI than the measure's source.</summary>
    public string? Note { get; init; }
}
