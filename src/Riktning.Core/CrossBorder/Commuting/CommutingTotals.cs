namespace Riktning.CrossBorder.Commuting;

/// <summary>A source's number of commuters from Sweden to Norway in a year, both sexes, and whether the year starts a new series.</summary>
public sealed record CommutingTotal(string Source, int Year, double Persons, bool BreakInSeries);

/// <summary>
/// Totals of the flows from Sweden to Norway, per source and year, both sexes. Pure. A source's total is the
/// Sweden → Norway flow when the table gives one; otherwise the sum over its places of residence at the finest level it
/// has (municipalities, else counties), each place counted once: its flow to all of Norway when given, else the sum of
/// its flows to Norwegian places. So a table that holds both a total and its parts is never counted twice.
/// </summary>
public static class CommutingTotals
{
    public static IReadOnlyList<CommutingTotal> From(IEnumerable<CommutingFlow> flows) =>
        [.. SwedenToNorway(flows)
            .GroupBy(f => (f.Source, f.Year))
            .Select(g => new CommutingTotal(g.Key.Source, g.Key.Year, Total(g), g.Any(f => f.BreakInSeries)))
            .OrderBy(t => t.Source, StringComparer.Ordinal)
            .ThenBy(t => t.Year)];

    /// <summary>Persons living in each Swedish place who work in Norway, from the flows of one source and year.</summary>
    public static IReadOnlyDictionary<string, double> ByOrigin(IEnumerable<CommutingFlow> flows) =>
        SwedenToNorway(flows)
            .Where(f => f.OriginKey != "SE")
            .GroupBy(f => f.OriginKey, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.FirstOrDefault(f => f.DestinationKey == "NO") is { } toNorway ? toNorway.Persons : g.Sum(f => f.Persons),
                StringComparer.Ordinal);

    /// <summary>Both sexes, living in Sweden (or a Swedish place) and working in Norway (or a Norwegian place).</summary>
    public static IEnumerable<CommutingFlow> SwedenToNorway(IEnumerable<CommutingFlow> flows) =>
        flows.Where(f => f.Sex.Length == 0 && Country(f.OriginKey) == "SE" && Country(f.DestinationKey) == "NO");

    private static double Total(IEnumerable<CommutingFlow> flows)
    {
        var list = flows.ToList();
        if (list.FirstOrDefault(f => f.OriginKey == "SE" && f.DestinationKey == "NO") is { } whole)
        {
            return whole.Persons;
        }

        var byOrigin = ByOrigin(list);
        if (byOrigin.Count == 0)
        {
            // Only flows from Sweden as a whole, to Norwegian places.
            return list.Sum(f => f.Persons);
        }

        var finest = byOrigin.Keys.Max(k => RegionKey.Parse(k).Code.Length);
        return byOrigin.Where(o => RegionKey.Parse(o.Key).Code.Length == finest).Sum(o => o.Value);
    }

    private static string Country(string key) => key.Length >= 2 ? key[..2] : key;
}
