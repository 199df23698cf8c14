namespace Riktning.Analysis;

/// <summary>Counts per 1 000 inhabitants: what makes regions of different size comparable. Pure.</summary>
public static class PerInhabitant
{
    /// <summary>Per how many inhabitants a count is shown.</summary>
    public const double Per = 1000;

    /// <summary>
    /// The totals of <paramref name="counts"/> (no breakdown) divided by the total of <paramref name="population"/> in the
    /// same region and period, times <see cref="Per"/>. A total without a number, or without a positive population in
    /// the same region and period, is left out: it is never divided by another year's population.
    /// </summary>
    public static IReadOnlyList<RegionPoint> Totals(IEnumerable<RegionPoint> counts, IEnumerable<RegionPoint> population)
    {
        var inhabitants = new Dictionary<(string Region, string Period), double>();
        foreach (var p in population.Where(p => p.Breakdown.Length == 0 && p.Value is > 0))
        {
            inhabitants[(p.RegionKey, p.Period)] = p.Value!.Value;
        }

        return [.. counts
            .Where(p => p.Breakdown.Length == 0 && p.Value is not null && inhabitants.ContainsKey((p.RegionKey, p.Period)))
            .Select(p => p with { Value = p.Value!.Value * Per / inhabitants[(p.RegionKey, p.Period)] })];
    }

    /// <summary>
    /// How regions are compared for <paramref name="kind"/>: as published unless it is a count; a count per 1 000
    /// inhabitants when <paramref name="populationMeasure"/> is named, is not the measure itself and
    /// <paramref name="regionHasPopulation"/>; otherwise the reason it is not compared.
    /// </summary>
    public static ComparisonScale ScaleFor(Strategy.MeasureKind? kind, string measureId, string? populationMeasure, bool regionHasPopulation) =>
        kind != Strategy.MeasureKind.Count ? ComparisonScale.AsPublished
        : populationMeasure is null ? ComparisonScale.CountWithoutPopulationMeasure
        : populationMeasure == measureId ? ComparisonScale.CountIsPopulation
        : regionHasPopulation ? ComparisonScale.PerThousandInhabitants
        : ComparisonScale.CountWithoutPopulation;
}
