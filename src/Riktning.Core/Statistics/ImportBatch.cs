using Riktning.Auditing;

namespace Riktning.Statistics;

/// <summary>
/// One import run: where the figures came from, when, by whom, and what it changed. Only committed imports are stored.
/// Every observation names the batch that last wrote it, so a page's source line is built from the batches of the values
/// it shows. An undo is itself a batch (<see cref="ImportSources.Undo"/>), so that the store's version moves on.
/// </summary>
public sealed class ImportBatch : IAudited
{
    public int Id { get; set; }

    /// <summary>The measure imported into; null for batches stored before it was recorded.</summary>
    public string? MeasureId { get; set; }

    /// <summary><c>scb</c>, <c>ssb</c>, <c>kolada</c>, <c>px-file</c>, <c>json-stat2</c>, <c>csv</c>, <c>excel</c>, <c>undo</c> …</summary>
    public required string Source { get; set; }

    /// <summary>The table or KPI id, when the source has one.</summary>
    public string? TableId { get; set; }

    /// <summary>The file or URL read.</summary>
    public required string Location { get; set; }

    public DateTime RetrievedAtUtc { get; set; }

    /// <summary>When the source says it last updated the figures (PC-Axis LAST-UPDATED, json-stat2 <c>updated</c>), as it writes it.</summary>
    public string? SourceUpdated { get; set; }

    /// <summary>Who imported: the account's user name or <c>cli:&lt;OS user&gt;</c>.</summary>
    public string? ImportedBy { get; set; }

    /// <summary>
    /// Why the file was taken although its own table or KPI id differs from the measure's bound source
    /// (<c>--source-mismatch-ok</c>); for an undo, which batch it undid.
    /// </summary>
    public string? Note { get; set; }

    /// <summary>How many of the batch's values Riktning derived itself (totals summed from women and men).</summary>
    public int Derived { get; set; }

    /// <summary>The batch that undid this one; null while it stands.</summary>
    public int? UndoneByBatchId { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Unchanged { get; set; }

    /// <summary>
    /// How many observations name this batch now (as the one that last wrote them): its added and changed values, less
    /// those a later batch changed, plus those an undo of a later batch gave back; 0 once undone. Kept with every import
    /// and undo, so the data status sums the batches instead of counting every observation.
    /// </summary>
    public int Holds { get; set; }

    /// <summary>
    /// The newest period among the values this batch wrote (as the store orders text), or null when it wrote none. Every
    /// period a standing batch wrote is still in the store (an undo removes only a batch's own additions, and a batch whose
    /// values a later one changed cannot be undone first), so a measure's newest period is the newest of its batches' that
    /// hold values.
    /// </summary>
    public string? LatestPeriod { get; set; }
}
