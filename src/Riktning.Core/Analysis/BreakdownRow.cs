namespace Riktning.Analysis;

/// <summary>
/// One row of the breakdown table: the stored series it comes from (<see cref="RegionKey"/> and <see cref="Breakdown"/>,
/// the empty key for a total) and what the row is called: the category (<c>women</c>, <c>20-64</c>) or the region key.
/// </summary>
public sealed record BreakdownRow(string RegionKey, string Breakdown, string Category, ReportCell Cell);
