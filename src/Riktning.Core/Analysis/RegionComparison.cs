namespace Riktning.Analysis;

/// <summary>
/// A region against its country, its peers and its Norwegian neighbours in the region's latest period with a value.
/// <see cref="Rank"/> is 1 for the highest value among the <see cref="PeerCount"/> peers with a value in that period (the country's regions at the same
/// level: the 21 counties for a county); equal values share the better rank and the next rank is skipped (1, 2, 2, 4), so
/// a tie never makes a region look worse than a peer with the same figure. <see cref="HigherIsBetter"/> says how to read
/// the rank: true for a measure that should increase, false for one that should decrease, null while undecided.
/// </summary>
public sealed record RegionComparison(
    string Region,
    string? Period,
    double? RegionValue,
    string Country,
    double? CountryValue,
    int? Rank,
    int PeerCount,
    bool? HigherIsBetter,
    IReadOnlyList<CrossBorderValue> Norway)
{
    /// <summary>
    /// The rank where 1 is best in the desired direction: the highest value for a measure that should increase, the
    /// lowest for one that should decrease; ties share the better rank as in <see cref="Rank"/>. Equals <see cref="Rank"/>
    /// while the direction is undecided, so the reader is told to read it as "1 is highest".
    /// </summary>
    public int? RankInDirection { get; init; }

    /// <summary>What the values and the rank are: the published figures, a count per 1 000 inhabitants, or a count not compared (and why).</summary>
    public ComparisonScale Scale { get; init; } = ComparisonScale.AsPublished;

    /// <summary>Whether the rank and the map are drawn: not for a count that cannot be put per inhabitant.</summary>
    public bool IsDrawn => Scale is ComparisonScale.AsPublished or ComparisonScale.PerThousandInhabitants;

    /// <summary>Region − country, in the measure's unit.</summary>
    public double? DifferenceFromCountry => RegionValue - CountryValue;

    /// <summary>
    /// Compares the totals (no breakdown) of <paramref name="points"/>. A Norwegian region is shown in the same period
    /// when it has a value there, otherwise with its own latest value and period, since SSB often publishes on another
    /// schedule than SCB.
    /// </summary>
    public static RegionComparison From(IEnumerable<RegionPoint> points, string region, Direction direction)
    {
        var totals = points.Where(p => p.Breakdown.Length == 0 && p.Value is not null).ToList();
        var (country, code) = RegionKey.Parse(region);
        var period = totals.Where(p => p.RegionKey == region).Select(p => p.Period).Max(StatisticsPeriod.Order);
        bool? higherIsBetter = direction switch
        {
            Direction.Increase => true,
            Direction.Decrease => false,
            _ => null,
        };

        var norway = totals.Where(p => RegionKey.Parse(p.RegionKey).Country == "NO")
            .GroupBy(p => p.RegionKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Any(p => p.Period == period) ? g.First(p => p.Period == period) : g.MaxBy(p => p.Period, StatisticsPeriod.Order))
            .Select(p => new CrossBorderValue(p.RegionKey, p.Period, p.Value!.Value))
            .ToList();

        if (period is null)
        {
            return new RegionComparison(region, null, null, country, null, null, 0, higherIsBetter, norway);
        }

        var inPeriod = totals.Where(p => p.Period == period).ToList();
        var value = inPeriod.First(p => p.RegionKey == region).Value!.Value;
        var countryValue = inPeriod.FirstOrDefault(p => p.RegionKey == country).Value;

        // Peers: same country, national code of the same length (two digits for a county, four for a municipality).
        var peers = code == RegionKey.CountryCode
            ? []
            : inPeriod.Where(p => RegionKey.Parse(p.RegionKey) is var (c, k) && c == country && k.Length == code.Length && k != RegionKey.CountryCode)
                .Select(p => p.Value!.Value).ToList();
        int? rank = peers.Count > 0 ? 1 + peers.Count(v => v > value) : null;
        int? rankInDirection = peers.Count == 0 ? null
            : higherIsBetter == false ? 1 + peers.Count(v => v < value)
            : rank;
        return new RegionComparison(region, period, value, country, countryValue, rank, peers.Count, higherIsBetter, norway) { RankInDirection = rankInDirection };
    }
}
