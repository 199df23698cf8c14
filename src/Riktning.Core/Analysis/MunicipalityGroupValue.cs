namespace Riktning.Analysis;

/// <summary>
/// One municipality group in the breakdown by a classification: the region's municipalities in it with their figures,
/// their unweighted mean (every municipality counts once, as in Kolada's group averages), the lowest and highest, and
/// the unweighted mean of every municipality of the country in the group that has a value in the same period.
/// <see cref="Code"/> is null for the region's municipalities that the classification does not place in any group.
/// </summary>
public sealed record MunicipalityGroupValue(
    string? Code,
    string? Name,
    IReadOnlyList<BreakdownRow> Municipalities,
    double? Mean,
    MunicipalitySpread? Spread,
    int CountryCount,
    double? CountryMean)
{
    /// <summary>The region's municipalities that have a value; the mean is taken over these.</summary>
    public int WithValue => Municipalities.Count(m => m.Cell.Value is not null);
}
