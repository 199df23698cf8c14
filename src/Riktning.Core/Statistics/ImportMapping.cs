namespace Riktning.Statistics;

/// <summary>
/// Which code list a table's region codes belong to: the one way Riktning says "Norwegian codes" (a definition's
/// <c>mapping.regions: norwegian</c>, the import verbs' <c>--norwegian</c>).
/// </summary>
public enum RegionCodeSystem
{
    Swedish,
    Norwegian,
}

/// <summary>
/// How a table's dimensions become a measure's observations. Dimensions not named here must have a single
/// category, or be narrowed to one by <see cref="Filters"/>; otherwise two cells would claim the same observation.
/// </summary>
public sealed record ImportMapping
{
    public required string MeasureId { get; init; }

    /// <summary>The region dimension's code; null means the dimension with the geo role.</summary>
    public string? RegionDimension { get; init; }

    /// <summary>The time dimension's code; null means the dimension with the time role.</summary>
    public string? TimeDimension { get; init; }

    /// <summary>Our breakdown name (<c>sex</c>, <c>age</c>, <c>birth-country</c>, <c>education</c>, or any other) to the table's dimension code.</summary>
    public IReadOnlyDictionary<string, string> Breakdowns { get; init; } = new Dictionary<string, string>();

    /// <summary>Dimension code to the one category kept, e.g. <c>ContentsCode = BE0101N1</c>.</summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    public RegionCodeSystem Regions { get; init; } = RegionCodeSystem.Swedish;

    /// <summary>
    /// A table's region code to the region key it stands for, or to <c>-</c> to leave the code out on purpose (the
    /// definition's <c>mapping.regionCodes</c>): how an SSB aggregate such as <c>EAK</c> is mapped or refused by name.
    /// </summary>
    public IReadOnlyDictionary<string, string> RegionCodes { get; init; } = new Dictionary<string, string>();

    /// <summary>The region key for tables without a region dimension.</summary>
    public string? FixedRegion { get; init; }

    /// <summary>
    /// The mapping a measure's definition declares for its source (<c>source.mapping</c>), or the defaults (the table's
    /// geo and time roles, no breakdowns) when it declares none: the one translation used by <c>refresh</c> and, unless
    /// options override it, by the import verbs.
    /// </summary>
    public static ImportMapping For(Strategy.Measure measure) => new()
    {
        MeasureId = measure.Id,
        RegionDimension = measure.Source.Mapping?.Region,
        TimeDimension = measure.Source.Mapping?.Time,
        Breakdowns = measure.Source.Mapping?.Breakdowns ?? new Dictionary<string, string>(),
        Filters = measure.Source.Mapping?.Filters ?? new Dictionary<string, string>(),
        Regions = measure.Source.Mapping?.Regions ?? RegionCodeSystem.Swedish,
        RegionCodes = measure.Source.Mapping?.RegionCodes ?? new Dictionary<string, string>(),
    };
}
