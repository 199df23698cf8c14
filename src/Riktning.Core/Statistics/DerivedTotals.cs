namespace Riktning.Statistics;

/// <summary>
/// Totals a source did not give, summed from women and men, for measures whose figures add up (counts and amounts).
/// Pure. A total is derived for a region, period and other breakdown only when the rows have women and men there and no
/// total of their own; a value is summed only when both are numbers, otherwise the total is missing.
/// </summary>
public static class DerivedTotals
{
    public static IReadOnlyList<ObservationRow> For(IReadOnlyList<ObservationRow> rows)
    {
        if (!rows.Any(r => r.Breakdown.Contains("sex=", StringComparison.Ordinal)))
        {
            return [];
        }

        var given = new HashSet<(string, string, string)>();
        var pairs = new Dictionary<(string Region, string Others, string Period), (ObservationRow? Women, ObservationRow? Men)>();
        foreach (var row in rows)
        {
            var parts = BreakdownKey.Parse(row.Breakdown);
            if (!parts.TryGetValue(BreakdownNames.Sex, out var sex))
            {
                given.Add((row.RegionKey, row.Breakdown, row.Period));
                continue;
            }

            var rest = BreakdownKey.Format(parts.Where(p => p.Key != BreakdownNames.Sex));
            var key = (row.RegionKey, rest, row.Period);
            var pair = pairs.GetValueOrDefault(key);
            pairs[key] = sex == Importing.SexCodes.Women ? pair with { Women = row } : sex == Importing.SexCodes.Men ? pair with { Men = row } : pair;
        }

        var derived = new List<ObservationRow>();
        foreach (var ((region, rest, period), (w, m)) in pairs)
        {
            if (w is not { } f || m is not { } n || given.Contains((region, rest, period)))
            {
                continue;
            }

            var both = f.Value is not null && n.Value is not null;
            // A sum carries every flag of its parts: provisional women make a provisional total.
            var status = both ? Importing.ValueStatus.Present : Importing.ValueStatus.Missing;
            derived.Add(new ObservationRow(region, period, rest, both ? f.Value + n.Value : null, status, f.Flags | n.Flags));
        }

        return derived;
    }
}
