using Riktning.Text;

namespace Riktning.Web.Features.OpenData;

/// <summary>The current strategy as the open data API publishes it: focus areas, goals, indicators and measures.</summary>
public sealed record StrategyDocument(
    string Id,
    LocalizedText Title,
    string Owner,
    int Revision,
    string RevisionLabel,
    int? BaselineYear,
    LocalizedText? Vision,
    IReadOnlyList<FocusAreaDocument> FocusAreas);
