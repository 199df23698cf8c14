namespace Riktning.CrossBorder.Commuting;

/// <summary>
/// People who live in <see cref="OriginKey"/> and work in <see cref="DestinationKey"/> in a year, as one source counts
/// them (<see cref="Source"/>: its key, e.g. <c>ssb-13631</c>, with the definition that source uses). <see cref="Sex"/> is
/// empty for both sexes, <c>women</c> or <c>men</c> where the source gives it.
/// </summary>
public sealed class CommutingFlow
{
    public int Id { get; set; }

    public required string Source { get; set; }

    public required string OriginKey { get; set; }

    public required string DestinationKey { get; set; }

    public int Year { get; set; }

    public string Sex { get; set; } = "";

    public double Persons { get; set; }

    /// <summary>
    /// The first year of a new series: the source counts differently from this year on, so the change from the year
    /// before is not a change in commuting (SSB's tables from 2015, see <see cref="CommutingSources.SsbSeriesBreakYear"/>).
    /// </summary>
    public bool BreakInSeries { get; set; }

    /// <summary>The file the flow was imported from, for provenance.</summary>
    public required string File { get; set; }
}
