namespace Riktning.Statistics;

/// <summary>
/// A value as it stood before an import batch changed it: what undoing that batch puts back. Written in the same
/// statement set as the change; values a batch added have no row here (undo removes them).
/// </summary>
public sealed class ReplacedObservation
{
    /// <summary>The batch that replaced the value.</summary>
    public int BatchId { get; set; }

    public int SeriesId { get; set; }

    public required string Period { get; set; }

    public double? Value { get; set; }

    public ValueStatus Status { get; set; }

    public ObservationFlags Flags { get; set; }

    /// <summary>The batch that had written the replaced value.</summary>
    public int PreviousBatchId { get; set; }
}
