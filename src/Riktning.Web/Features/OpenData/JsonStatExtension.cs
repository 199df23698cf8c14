namespace Riktning.Web.Features.OpenData;

/// <summary>Riktning's additions to a JSON-stat dataset: which measure it is and its unit.</summary>
public sealed record JsonStatExtension(string Measure, string? Unit);
