namespace Riktning.Web.Features.OpenData;

/// <summary>A JSON-stat dimension: its label and its categories.</summary>
public sealed record JsonStatDimension(string Label, JsonStatCategory Category);
