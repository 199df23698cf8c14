using Riktning.Text;

namespace Riktning.Web.Features.OpenData;

/// <summary>A measure (mått): its unit, the direction it should move (its own or its indicator's), its source and where its figures are.</summary>
public sealed record MeasureDocument(
    string Id,
    string Indicator,
    LocalizedText Name,
    string? Unit,
    Direction Direction,
    MeasureSourceDocument Source,
    string Observations);
