using Riktning.Regions;
using Riktning.Statistics;

namespace Riktning.Analysis;

/// <summary>
/// A measure prepared for the report page of one region: which breakdowns and comparisons the data offers, the totals
/// over time of the region, its country and the chosen comparisons, and the chosen breakdown in its latest period. Pure:
/// the tables hold exactly the stored figures, so a chart drawn from them and a download with the same filter agree.
/// </summary>
public sealed record MeasureReport(
    string Region,
    string Country,
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<string> ComparisonOptions,
    string Dimension,
    IReadOnlyList<string> Columns,
    IReadOnlyList<PeriodRow> OverTime,
    string? BreakdownPeriod,
    IReadOnlyList<BreakdownRow> Breakdown,
    SexGap? Gap,
    MunicipalitySpread? Spread)
{
    /// <summary>
    /// Builds the report. A dimension the data does not have falls back to <see cref="ReportSelection.Total"/>, and
    /// comparisons the data does not offer are dropped, so a hand-edited address never shows an empty table. The
    /// breakdown is read in the latest period in which it has any value, since breakdowns are often published later
    /// than totals.
    /// </summary>
    public static MeasureReport From(IEnumerable<RegionPoint> points, string region, IReadOnlyCollection<string> municipalityKeys, ReportSelection selection)
    {
        var all = points as IReadOnlyList<RegionPoint> ?? [.. points];
        var (country, code) = RegionKey.Parse(region);
        var municipalities = new HashSet<string>(municipalityKeys, StringComparer.Ordinal);
        var totals = all.Where(p => p.Breakdown.Length == 0).ToList();

        // One-dimension breakdowns of the region (sex=women, age=20-64); crossed series are not offered here.
        var single = all.Where(p => p.RegionKey == region && p.Breakdown.Length > 0 && !p.Breakdown.Contains(';', StringComparison.Ordinal))
            .Select(p => (Parts: BreakdownKey.Parse(p.Breakdown).Single(), Point: p))
            .ToList();
        var dimensions = new List<string> { ReportSelection.Total };
        // A breakdown with only statuses (confidential, missing) is still offered: that there is no number is news too.
        dimensions.AddRange(single.Select(s => s.Parts.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (totals.Any(p => municipalities.Contains(p.RegionKey)))
        {
            dimensions.Add(ReportSelection.Municipality);
        }

        var options = totals.Where(p => p.Value is not null && p.RegionKey != region && p.RegionKey != country && IsComparable(p.RegionKey, country, code))
            .Select(p => p.RegionKey)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(k => RegionKey.Parse(k).Country == country ? 0 : 1)
            .ThenBy(k => k, StringComparer.Ordinal)
            .ToList();

        var columns = new List<string> { region };
        if (totals.Any(p => p.RegionKey == country))
        {
            columns.Add(country);
        }

        columns.AddRange(options.Where(o => selection.Comparisons.Contains(o, StringComparer.Ordinal)));
        var byColumn = totals.Where(p => columns.Contains(p.RegionKey, StringComparer.Ordinal))
            .ToDictionary(p => (p.RegionKey, p.Period), p => new ReportCell(p.Value, p.Status));
        var overTime = byColumn.Keys.Select(k => k.Period).Distinct(StringComparer.Ordinal).Order(StatisticsPeriod.Order)
            .Select(period => new PeriodRow(period, [.. columns.Select(c => byColumn.TryGetValue((c, period), out var cell) ? cell : (ReportCell?)null)]))
            .ToList();

        var dimension = dimensions.Contains(selection.Dimension, StringComparer.Ordinal) ? selection.Dimension : ReportSelection.Total;
        List<(string RegionKey, string Breakdown, string Category, string Period, ReportCell Cell)> candidates = dimension switch
        {
            ReportSelection.Total => [.. totals.Where(p => p.RegionKey == region || p.RegionKey == country)
                .Select(p => (p.RegionKey, BreakdownKey.Total, p.RegionKey, p.Period, new ReportCell(p.Value, p.Status)))],
            ReportSelection.Municipality => [.. totals.Where(p => municipalities.Contains(p.RegionKey))
                .Select(p => (p.RegionKey, BreakdownKey.Total, p.RegionKey, p.Period, new ReportCell(p.Value, p.Status)))],
            _ => [.. single.Where(s => s.Parts.Key == dimension)
                .Select(s => (region, s.Point.Breakdown, s.Parts.Value, s.Point.Period, new ReportCell(s.Point.Value, s.Point.Status)))],
        };

        // Total: the region's latest total decides the period, so the row of the country is from the same period. The
        // latest period with a number, or with only statuses when no period has one.
        var deciding = (dimension == ReportSelection.Total ? candidates.Where(c => c.RegionKey == region) : candidates).ToList();
        var period = deciding.Where(c => c.Cell.Value is not null).Select(c => c.Period).Max(StatisticsPeriod.Order)
            ?? deciding.Select(c => c.Period).Max(StatisticsPeriod.Order);
        var breakdown = candidates.Where(c => c.Period == period)
            .OrderBy(c => dimension == ReportSelection.Total ? (c.RegionKey == region ? 0 : 1) : 0)
            .ThenBy(c => c.Category, StringComparer.Ordinal)
            .Select(c => new BreakdownRow(c.RegionKey, c.Breakdown, c.Category, c.Cell))
            .ToList();

        SexGap? gap = dimension == "sex"
            ? new SexGap(breakdown.FirstOrDefault(b => b.Category == "women")?.Cell.Value, breakdown.FirstOrDefault(b => b.Category == "men")?.Cell.Value)
            : null;
        var spread = dimension == ReportSelection.Municipality
            ? MunicipalitySpread.Of(breakdown.Where(b => b.Cell.Value is not null).Select(b => new RegionValue(b.RegionKey, b.Cell.Value!.Value)))
            : null;
        return new MeasureReport(region, country, dimensions, options, dimension, columns, overTime, period, breakdown, gap, spread);
    }

    /// <summary>Same-level regions of the same country (the other counties for a county), and any Norwegian region for a Swedish one.</summary>
    private static bool IsComparable(string key, string country, string code)
    {
        var (otherCountry, otherCode) = RegionKey.Parse(key);
        return otherCountry == country
            ? otherCode.Length == code.Length && otherCode != RegionKey.CountryCode
            : otherCountry == "NO" && otherCode != RegionKey.CountryCode;
    }
}
