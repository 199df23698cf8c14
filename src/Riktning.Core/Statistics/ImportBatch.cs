namespace Riktning.Statistics;

/// <summary>One import run: where the figures came from, when, and what it changed. Only committed imports are stored.</summary>
public sealed class ImportBatch
{
    public int Id { get; set; }

    /// <summary><c>scb</c>, <c>ssb</c>, <c>kolada</c>, <c>px-file</c>, <c>csv</c> …</summary>
    public required string Source { get; set; }

    /// <summary>The table or KPI id, when the source has one.</summary>
    public string? TableId { get; set; }

    /// <summary>The file or URL read.</summary>
    public required string Location { get; set; }

    public DateTime RetrievedAtUtc { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Unchanged { get; set; }
}
