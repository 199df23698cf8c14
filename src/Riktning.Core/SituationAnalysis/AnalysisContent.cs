using System.Text.Json.Serialization;
using Riktning.Analysis;

namespace Riktning.SituationAnalysis;

/// <summary>
/// The generated part of a situation analysis: per focus area and goal, every indicator's measures with their status
/// against the baseline, their gaps, Sweden and the Norwegian neighbours, and the work linked to the goal. It is what a
/// published analysis stores as its snapshot, so everything it shows is in it, with the import batches it came from.
/// Names are not: they come from the stored definition revision, which never changes.
/// </summary>
public sealed record AnalysisContent(
    string StrategyId,
    int Revision,
    int Year,
    int BaselineYear,
    string Region,
    DateTime GeneratedUtc,
    IReadOnlyList<FocusAreaSection> FocusAreas)
{
    [JsonIgnore]
    public IEnumerable<GoalSection> Goals => FocusAreas.SelectMany(a => a.Goals);

    [JsonIgnore]
    public IEnumerable<MeasureFigures> Measures => Goals.SelectMany(g => g.Indicators).SelectMany(i => i.Measures);

    /// <summary>Every import batch any figure of the analysis was read from.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> BatchIds => [.. Measures.SelectMany(m => m.BatchIds).Distinct().Order()];

    public MeasureFigures? Measure(string measureId) => Measures.FirstOrDefault(m => m.MeasureId == measureId);
}

public sealed record FocusAreaSection(string FocusAreaId, IReadOnlyList<GoalSection> Goals);

/// <summary>A goal's indicators and the work linked to it: one list per <see cref="IGoalWorkSource"/> (plans, interventions …).</summary>
public sealed record GoalSection(string GoalId, IReadOnlyList<IndicatorSection> Indicators, IReadOnlyList<WorkList> Work);

public sealed record IndicatorSection(string IndicatorId, IReadOnlyList<MeasureFigures> Measures);

/// <summary>
/// One measure as the analysis of its year sees it, straight from <see cref="IndicatorAnalysisService"/>: the trend and
/// assessment, the region's and the country's totals over time, the comparison in the latest period (Sweden, rank,
/// Norway) and the gaps over time. The series are the figures as published; the comparison (<see cref="CountryValue"/>,
/// the rank, <see cref="Norway"/>) is on <see cref="ComparedAs"/>: for a count, per 1 000 inhabitants.
/// </summary>
public sealed record MeasureFigures(
    string MeasureId,
    Direction Direction,
    MeasureTrend Trend,
    IReadOnlyList<RegionPoint> Series,
    IReadOnlyList<RegionPoint> CountrySeries,
    string? ComparisonPeriod,
    double? CountryValue,
    int? RankInDirection,
    int PeerCount,
    IReadOnlyList<CrossBorderValue> Norway,
    bool ComparableAcrossBorder,
    IReadOnlyList<GapSeries> Gaps,
    IReadOnlyList<int> BatchIds)
{
    /// <summary>
    /// What the comparison's figures are, as generated (<see cref="RegionComparison.Scale"/>) and stored with a published
    /// analysis; null in an analysis published before the scale was stored (see <see cref="ComparedAs"/>).
    /// </summary>
    public ComparisonScale? Scale { get; init; }

    /// <summary>The region's own figure in the comparison (per 1 000 inhabitants when <see cref="ComparedAs"/> says so); null in older analyses.</summary>
    public double? ComparisonRegionValue { get; init; }

    /// <summary>
    /// What <see cref="CountryValue"/> and <see cref="Norway"/> are. An analysis published before the scale was stored
    /// compared the figures as published (head counts for a count) until the comparison of counts per 1 000 inhabitants
    /// came; one published in between holds a country figure that is not the country's published one. So without a
    /// stored scale: per 1 000 inhabitants only when the country figure differs from the country's own series in that
    /// period, otherwise as published, so that a head count is never called a figure per 1 000.
    /// </summary>
    [JsonIgnore]
    public ComparisonScale ComparedAs => Scale ?? (
        CountryValue is { } country
        && CountrySeries.Where(p => p.Period == ComparisonPeriod).Select(p => p.Value).FirstOrDefault() is { } published
        && Math.Abs(country - published) > 1e-9 * Math.Max(1, Math.Abs(published))
            ? ComparisonScale.PerThousandInhabitants
            : ComparisonScale.AsPublished);

    /// <summary>Whether the comparison's figures are counts per 1 000 inhabitants, and must say so wherever they are shown.</summary>
    [JsonIgnore]
    public bool PerThousand => ComparedAs == ComparisonScale.PerThousandInhabitants;
}

/// <summary>The items of one kind linked to a goal (<see cref="Kind"/> names it: <c>plans</c>, <c>interventions</c>).</summary>
public sealed record WorkList(string Kind, IReadOnlyList<LinkedWork> Items);

/// <summary>
/// A plan, an intervention or any other piece of work linked to a goal, as the analysis lists it. <see cref="Status"/> is
/// a lower-case word the site translates (<c>ongoing</c>); <see cref="Progress"/> is the latest reported progress, when a
/// source has one.
/// </summary>
public sealed record LinkedWork(int Id, string Name, string Organisation, string Status, string Period, string? Progress = null);
