namespace Riktning.Analysis;

/// <summary>
/// What a reader chose to see of a measure: one breakdown dimension (<see cref="Total"/>, <see cref="Municipality"/>, a
/// municipality classification as <c>municipality-group:KEY</c>, a breakdown name such as <c>sex</c> or <c>age</c>, or two crossed as <c>age,sex</c>) and
/// the regions to compare with besides the region and its country.
/// </summary>
public sealed record ReportSelection(string Dimension, IReadOnlyList<string> Comparisons)
{
    public const string Total = Statistics.BreakdownKey.TotalName;

    public const string Municipality = "municipality";

    public const string MunicipalityGroupPrefix = "municipality-group:";

    public static ReportSelection Default { get; } = new(Total, []);

    /// <summary>The dimension that breaks a measure down by the municipality classification <paramref name="key"/>.</summary>
    public static string MunicipalityGroup(string key) => MunicipalityGroupPrefix + key;

    /// <summary>The classification key of a <c>municipality-group:KEY</c> dimension; null for any other.</summary>
    public static string? ClassificationOf(string dimension) =>
        dimension.StartsWith(MunicipalityGroupPrefix, StringComparison.Ordinal) ? dimension[MunicipalityGroupPrefix.Length..] : null;
}
