using Riktning.Analysis;

namespace Riktning.Web.Features.Strategy;

/// <summary>
/// What the gap-over-time partial shows for one measure: its gaps per breakdown (<see cref="GapOverTime"/>), the ids
/// its tables and headings take, and the region names for municipality spreads. <see cref="Chart"/> marks the table
/// for charts.js; the situation analysis draws its own vector chart instead. <see cref="Categories"/> are the measure's
/// categories as the source labels them, for the highest and lowest category of a spread.
/// </summary>
public sealed record GapOverTimeView(
    string Id, string MeasureName, IReadOnlyList<GapSeries> Gaps, IReadOnlyDictionary<string, string> RegionNames, int HeadingLevel = 3, bool Chart = true,
    SourceCategories? Categories = null);
