using System.Text.Json.Serialization;
using Riktning.Statistics;
using Riktning.Text;

namespace Riktning.Strategy;

/// <summary>
/// One revision of a definition file: a strategy (focus areas, goals, indicators) or a cooperation
/// framework (business areas, cooperation areas, recommendations, initiatives). Sections that do not
/// belong to the kind are empty.
/// </summary>
public sealed record StrategyDefinition
{
    public required string Id { get; init; }
    public required DefinitionKind Kind { get; init; }
    public required LocalizedText Title { get; init; }
    public required string Owner { get; init; }
    public required RevisionInfo Revision { get; init; }
    public string? Source { get; init; }

    /// <summary>For a cooperation framework: the strategy whose goals it links to.</summary>
    public string? RelatesTo { get; init; }

    /// <summary>
    /// For a strategy: the region it is for, as a region key (<c>SE-17</c>). Every page, analysis, map and refresh of the
    /// strategy follows it. Revisions stored before strategies named their region have none and take the current revision's.
    /// </summary>
    public string? Region { get; init; }

    /// <summary>
    /// The region's name as the texts use it ("Värmland" in "Värmlands kommuner"); the registry's name
    /// ("Värmlands län") when the definition gives none.
    /// </summary>
    public LocalizedText? RegionName { get; init; }

    /// <summary>
    /// The measure (<c>population-measure:</c>) whose figures are the inhabitants a count is divided by when regions of
    /// different size are compared: the rank among the counties and the municipality map show a count per 1 000 of it.
    /// Null when the definition names none; then a count is neither ranked nor mapped.
    /// </summary>
    public string? PopulationMeasure { get; init; }

    public LocalizedText? Vision { get; init; }
    public IReadOnlyList<NamedItem> Perspectives { get; init; } = [];
    public IReadOnlyList<NamedItem> KeysForChange { get; init; } = [];
    public IReadOnlyList<NamedItem> SmartSpecialisations { get; init; } = [];
    public IReadOnlyList<NamedItem> Missions { get; init; } = [];
    public IReadOnlyList<NamedItem> Leadership { get; init; } = [];
    public IReadOnlyList<FocusArea> FocusAreas { get; init; } = [];

    public IReadOnlyList<NamedItem> BusinessAreas { get; init; } = [];
    public IReadOnlyList<CooperationArea> CooperationAreas { get; init; } = [];
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];
    public IReadOnlyList<Initiative> Initiatives { get; init; } = [];
    /// <summary>
    /// Region keys of the partner regions: for a cooperation framework the regions it covers; for a strategy the regions
    /// the border-region view sets beside its own region and the two countries.
    /// </summary>
    public IReadOnlyList<string> PartnerRegions { get; init; } = [];

    /// <summary>
    /// Region keys of the municipalities across the border that the border-region view's municipality level sets beside
    /// the home region's own municipalities (<c>partnerMunicipalities:</c>): codes valid today, from the registry.
    /// </summary>
    public IReadOnlyList<string> PartnerMunicipalities { get; init; } = [];
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>
    /// The commuting tables <c>riktning refresh</c> (and the scheduled refresh) fetches for this definition
    /// (<c>commuting:</c>), in the same run as the measures.
    /// </summary>
    public IReadOnlyList<CommutingTableSource> Commuting { get; init; } = [];

    /// <summary>Swedish and Norwegian measures bound for comparison, each with its written differences (<c>comparisons:</c>).</summary>
    public IReadOnlyList<MeasurePair> Comparisons { get; init; } = [];

    /// <summary>The comparison that binds the measure (as its Swedish or its Norwegian side), or null when none does.</summary>
    public MeasurePair? PairOf(string measureId) => Comparisons.FirstOrDefault(p => p.Binds(measureId));

    /// <summary>
    /// Whether Norwegian figures beside the measure are flagged "definitions may differ": the one place that decides it,
    /// from the measure's comparison. Only a pair that declares the two measures defined alike clears the flag; a
    /// measure without a pair, or with differences written down, keeps it.
    /// </summary>
    public bool DefinitionsMayDiffer(string measureId) => PairOf(measureId)?.Comparability != Comparability.Same;

    [JsonIgnore]
    public IEnumerable<Goal> Goals => FocusAreas.SelectMany(area => area.Goals);
    [JsonIgnore]
    public IEnumerable<Indicator> Indicators => Goals.SelectMany(goal => goal.Indicators);
    [JsonIgnore]
    public IEnumerable<Measure> Measures => Indicators.SelectMany(indicator => indicator.Measures);
}

/// <summary>Revision metadata. Dates are kept as written (a year or an ISO date) since the sources often give only a year.</summary>
public sealed record RevisionInfo(string Label, string? Adopted, string? Revised, int? BaselineYear, LocalizedText? Notes);

/// <summary>An item with an id, a name and an optional description: perspectives, keys for change, business areas …</summary>
public sealed record NamedItem(string Id, LocalizedText Name, LocalizedText? Description);

public sealed record FocusArea(string Id, LocalizedText Name, LocalizedText StrategicDirection, LocalizedText? Description, IReadOnlyList<Goal> Goals);

public sealed record Goal(string Id, LocalizedText Name, LocalizedText? Description, IReadOnlyList<string> Perspectives, IReadOnlyList<Indicator> Indicators);

public sealed record Indicator(string Id, LocalizedText Name, LocalizedText? Description, Direction Direction, IReadOnlyList<Breakdown> Breakdowns, IReadOnlyList<Measure> Measures);

/// <summary>A measure (mått) of an indicator. <see cref="Direction"/> is null when it follows the indicator's.</summary>
public sealed record Measure(string Id, LocalizedText Name, string? Unit, Direction? Direction, MeasureSource Source)
{
    /// <summary>The largest change since the baseline, in the measure's unit, still assessed as unchanged; null for the default rule.</summary>
    public double? Tolerance { get; init; }

    /// <summary>What kind of figure the measure is; null when the definition does not say, and then nothing is ever summed.</summary>
    public MeasureKind? Kind { get; init; }

    /// <summary>True for counts and amounts, whose women and men add up to the total where a source gives none.</summary>
    [JsonIgnore]
    public bool IsAdditive => Kind is MeasureKind.Count or MeasureKind.Amount;
}

/// <summary>
/// Where a measure's figures come from: an SCB or SSB table id, a Kolada KPI id, or none chosen yet. For tables,
/// <see cref="Selection"/> says what to ask for and <see cref="Mapping"/> how the table's dimensions become observations.
/// </summary>
public sealed record MeasureSource(SourceType Type, string? Id, LocalizedText? Note)
{
    /// <summary>Table dimension code to the category codes to request (<c>*</c> for all).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Selection { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public SourceMapping? Mapping { get; init; }

    /// <summary>
    /// For SSB: the API to ask, <c>v0</c> (Statistikkbanken's production API, PxWeb v1 protocol; the default) or <c>v2</c>
    /// (PxWebApi 2). Null for other sources.
    /// </summary>
    public string? Api { get; init; }
}

/// <summary>How a source table's dimensions become observations; see <c>strategies/README.md</c>.</summary>
public sealed record SourceMapping(
    string? Region,
    string? Time,
    IReadOnlyDictionary<string, string> Breakdowns,
    IReadOnlyDictionary<string, string> Filters,
    RegionCodeSystem Regions)
{
    /// <summary>Region codes of the table mapped by hand: code to region key, or to <c>-</c> to leave it out (see <see cref="ImportMapping.RegionCodes"/>).</summary>
    public IReadOnlyDictionary<string, string> RegionCodes { get; init; } = new Dictionary<string, string>();
}

public sealed record CooperationArea(string Id, LocalizedText Name, LocalizedText? Description, IReadOnlyList<string> Goals);

public sealed record Recommendation(string Id, int Number, LocalizedText Name, IReadOnlyList<LocalizedText> Points, IReadOnlyList<string> Goals);

public sealed record Initiative(string Id, LocalizedText Name, LocalizedText? Description, DateOnly? From, DateOnly? To, IReadOnlyList<LocalizedText> Purposes, IReadOnlyList<ActivityGroup> Activities);

public sealed record ActivityGroup(string Id, LocalizedText Name, IReadOnlyList<LocalizedText> Items);

/// <summary>A figure stated in a source document, kept with its wording.</summary>
public sealed record Fact(string Id, LocalizedText Text, double? Value, string? Unit, int? Year);
