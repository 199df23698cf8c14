using Riktning.Text;

namespace Riktning.Strategy;

/// <summary>How far a Swedish and a Norwegian measure of a <see cref="MeasurePair"/> can be set side by side.</summary>
public enum Comparability
{
    /// <summary>Defined alike by SCB and SSB: shown without the "definitions may differ" flag (the note is still shown).</summary>
    Same,

    /// <summary>Comparable with the differences the pair writes down (and its rule, where one exists); flagged.</summary>
    WithDifferences,

    /// <summary>Not comparable: any comparison is refused with the pair's reason.</summary>
    NotComparable,
}

/// <summary>What a <see cref="HarmonisationRule"/> does to make the two measures meet.</summary>
public enum HarmonisationKind
{
    /// <summary>Sums age bands (or single years) of the <c>age</c> breakdown into one band, e.g. 020…064 into 20–64.</summary>
    RebandAges,

    /// <summary>Sums categories of a classification breakdown into a common level, e.g. NUS2000 11 + 03a + 04a into ISCED 4–8.</summary>
    SumCategories,

    /// <summary>Converts NOK into SEK with the year's annual average exchange rate (<see cref="CrossBorder.ExchangeRates"/>).</summary>
    Currency,
}

/// <summary>
/// A rule that brings the Norwegian measure's figures onto the Swedish measure's definition: which breakdown's
/// <see cref="Categories"/> are summed <see cref="Into"/> one, and by how many years the Norwegian period is moved
/// (<see cref="PeriodShift"/>: SSB's population on 1 January of year Y is SCB's population on 31 December of Y − 1).
/// </summary>
public sealed record HarmonisationRule(HarmonisationKind Kind, string? Breakdown, IReadOnlyList<string> Categories, string? Into, int PeriodShift);

/// <summary>
/// A Swedish and a Norwegian measure of the same strategy bound for comparison, with the written statement of their
/// differences (reference date, age band, classification version, urban/rural definition …) in sv/nb/en, and a
/// harmonisation rule where one exists. It is the one place that decides whether Norwegian figures carry the
/// "definitions may differ" flag (<see cref="StrategyDefinition.DefinitionsMayDiffer"/>).
/// </summary>
public sealed record MeasurePair(string Id, string Swedish, string Norwegian, Comparability Comparability, LocalizedText Differences, HarmonisationRule? Rule)
{
    /// <summary>Whether the measure is one of the pair's two.</summary>
    public bool Binds(string measureId) => Swedish == measureId || Norwegian == measureId;

    /// <summary>
    /// The pair, ready to be shown side by side; a pair marked not comparable is refused with its reason (the
    /// differences it writes down) and the pair named.
    /// </summary>
    /// <exception cref="ConflictException">The pair is marked not comparable.</exception>
    public MeasurePair RequireComparable() => Comparability == Comparability.NotComparable
        ? throw new ConflictException($"comparison '{Id}' ({Swedish} / {Norwegian}) is marked not comparable: {Differences.Sv}")
        : this;
}
