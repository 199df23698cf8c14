using Riktning.Text;

namespace Riktning.Web.Features.OpenData;

/// <summary>Where a measure's figures come from: an SCB or SSB table, a Kolada KPI, or none chosen yet.</summary>
public sealed record MeasureSourceDocument(SourceType Type, string? Id, LocalizedText? Note);
