namespace Riktning.Web.Features.OpenData;

/// <summary>Which JSON-stat dimensions are time and which are geography.</summary>
public sealed record JsonStatRole(IReadOnlyList<string> Time, IReadOnlyList<string> Geo);
