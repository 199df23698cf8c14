namespace Riktning.Web.Features.OpenData;

/// <summary>A JSON-stat dimension's categories: each id's position in the value array's order, and its label.</summary>
public sealed record JsonStatCategory(IReadOnlyDictionary<string, int> Index, IReadOnlyDictionary<string, string> Label);
