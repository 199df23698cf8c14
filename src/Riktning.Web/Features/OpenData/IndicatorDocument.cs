using Riktning.Text;

namespace Riktning.Web.Features.OpenData;

/// <summary>An indicator with the goal and focus area it belongs to, and its measures.</summary>
public sealed record IndicatorDocument(
    string Id,
    string FocusArea,
    string Goal,
    LocalizedText Name,
    LocalizedText? Description,
    Direction Direction,
    IReadOnlyList<Breakdown> Breakdowns,
    IReadOnlyList<MeasureDocument> Measures);
