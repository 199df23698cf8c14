namespace Riktning.Analysis;

/// <summary>
/// What a reader chose to see of a measure: one breakdown dimension (<see cref="Total"/>, <see cref="Municipality"/> or a
/// breakdown name such as <c>sex</c> or <c>age</c>) and the regions to compare with besides the region and its country.
/// </summary>
public sealed record ReportSelection(string Dimension, IReadOnlyList<string> Comparisons)
{
    public const string Total = "total";

    public const string Municipality = "municipality";

    public static ReportSelection Default { get; } = new(Total, []);
}
