namespace Riktning.Analysis;

/// <summary>
/// What the comparison of regions of different size (the rank among peers, the municipality map) is drawn from. A count
/// of people or jobs mostly ranks the regions by size, so it is compared per 1 000 inhabitants or not at all.
/// </summary>
public enum ComparisonScale
{
    /// <summary>The figures as published: a share, a rate, an amount per person, an index, or a measure of no declared kind.</summary>
    AsPublished,

    /// <summary>A count divided by the population (the strategy's <c>population-measure</c>) of the same region and period, times 1 000.</summary>
    PerThousandInhabitants,

    /// <summary>A count, and the strategy names no population measure: neither ranked nor mapped.</summary>
    CountWithoutPopulationMeasure,

    /// <summary>A count whose region has no population in the same period: neither ranked nor mapped.</summary>
    CountWithoutPopulation,

    /// <summary>The population measure itself: per 1 000 inhabitants it is 1 000 everywhere, so neither ranked nor mapped.</summary>
    CountIsPopulation,
}
