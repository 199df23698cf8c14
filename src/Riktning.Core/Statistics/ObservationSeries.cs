namespace Riktning.Statistics;

/// <summary>
/// One line of figures: a measure in a region for one breakdown (e.g. women aged 20–64). Observations hang
/// off a series so that ten million of them do not each repeat the measure, region and breakdown text.
/// </summary>
public sealed class ObservationSeries
{
    public int Id { get; set; }

    /// <summary>The measure's id in the strategy definition; stable across revisions.</summary>
    public required string MeasureId { get; set; }

    /// <summary>Riktning's region key, e.g. <c>SE-1780</c> or <c>NO-34</c>.</summary>
    public required string RegionKey { get; set; }

    /// <summary>The breakdown in canonical form (<see cref="BreakdownKey"/>); empty for the total.</summary>
    public required string Breakdown { get; set; }
}
