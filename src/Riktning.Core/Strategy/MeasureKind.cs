namespace Riktning.Strategy;

/// <summary>
/// What kind of figure a measure is, which decides what may be done with its values: counts and amounts add up (women
/// and men give the total), rates, shares and indexes never do.
/// </summary>
public enum MeasureKind
{
    /// <summary>A number of people, jobs, firms … (sums across sexes and regions are meaningful).</summary>
    Count,

    /// <summary>A share of a whole, in per cent or a fraction (never summed).</summary>
    Share,

    /// <summary>A ratio, an average or a figure per inhabitant (never summed).</summary>
    Rate,

    /// <summary>A sum of money or of a physical quantity (sums are meaningful).</summary>
    Amount,

    /// <summary>An index or a code on a scale (never summed).</summary>
    Index,
}
