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
    MunicipalitySpread? Spread,
    IReadOnlyList<MunicipalityGrouping> Groupings,
    IReadOnlyList<MunicipalityGroupValue> Groups,
    CrossedBreakdown? Crossed)
{
    /// <summary>The classification the breakdown is by; null unless <see cref="Dimension"/> is a municipality group.</summary>
    public MunicipalityGrouping? Grouping => ReportSelection.ClassificationOf(Dimension) is { } key ? Groupings.Single(g => g.Key == key) : null;

    /// <summary>The geography the Norwegian figures are shown on (<see cref="ReportGeography"/>); as published unless chosen.</summary>
    public GeographyChoice Geography { get; init; } = GeographyChoice.AsThen;

    /// <summary>The day whose units "as today" means; default for as published.</summary>
    public DateOnly On { get; init; }

    /// <summary>Norwegian totals that moved to today's units or were summed there, with the method.</summary>
    public IReadOnlyList<GeographyValue> Moved { get; init; } = [];

    /// <summary>Norwegian figures that stayed on their old unit, with the reason (a split without a published weight, a merger of a share …).</summary>
    public IReadOnlyList<KeptValue> Kept { get; init; } = [];

    /// <summary>The source's labels and order of the breakdown categories; <see cref="SourceCategories.None"/> when no import stored them.</summary>
    public SourceCategories Categories { get; init; } = SourceCategories.None;

    /// <summary>Whether any figure of the tables carries a flag letter: the page then explains the letters.</summary>
    public bool HasFlags =>
        OverTime.Any(r => r.Cells.Any(c => c is { IsFlagged: true })) || Breakdown.Any(b => b.Cell.IsFlagged)
        || (Crossed?.Cells.Values.Any(b => b.Cell.IsFlagged) ?? false) || Groups.Any(g => g.Municipalities.Any(m => m.Cell.IsFlagged));

    /// <summary>
    /// Builds the report. A dimension the data does not have falls back to <see cref="ReportSelection.Total"/>, and
    /// comparisons the data does not offer are dropped, so a hand-edited address never shows an empty table. The
    /// breakdown is read in the latest period in which it has any value, since breakdowns are often published later
    /// than totals. A breakdown by municipality group (<paramref name="groupings"/>) is offered for each classification
    /// that places any of the region's municipalities; its rows are the municipalities, and <see cref="Groups"/> sums
    /// them up per group.
    /// </summary>
    public static MeasureReport From(
        IEnumerable<RegionPoint> points,
        string region,
        IReadOnlyCollection<string> municipalityKeys,
        ReportSelection selection,
        IReadOnlyList<MunicipalityGrouping>? groupings = null,
        SourceCategories? categories = null)
    {
        categories ??= SourceCategories.None;
        var all = points as IReadOnlyList<RegionPoint> ?? [.. points];
        var (country, code) = RegionKey.Parse(region);
        var municipalities = new HashSet<string>(municipalityKeys, StringComparer.Ordinal);
        var totals = all.Where(p => p.Breakdown.Length == 0).ToList();

        // The region's one-dimension breakdowns (sex=women, age=20-64) and those crossed by two (age=20-64;sex=women).
        var single = all.Where(p => p.RegionKey == region && p.Breakdown.Length > 0 && !p.Breakdown.Contains(';', StringComparison.Ordinal))
            .Select(p => (Parts: BreakdownKey.Parse(p.Breakdown).Single(), Point: p))
            .ToList();
        var crossed = all.Where(p => p.RegionKey == region && p.Breakdown.Count(c => c == ';') == 1)
            .Select(p => (Dimension: CrossedBreakdown.Dimension(BreakdownKey.Parse(p.Breakdown).Keys), Point: p))
            .ToList();
        var dimensions = new List<string> { ReportSelection.Total };
        // A breakdown with only statuses (confidential, missing) is still offered: that there is no number is news too.
        dimensions.AddRange(single.Select(s => s.Parts.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        dimensions.AddRange(crossed.Select(c => c.Dimension).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var usable = new List<MunicipalityGrouping>();
        if (totals.Any(p => municipalities.Contains(p.RegionKey)))
        {
            dimensions.Add(ReportSelection.Municipality);
            usable.AddRange((groupings ?? []).Where(g => municipalities.Any(g.GroupOf.ContainsKey)));
            dimensions.AddRange(usable.Select(g => ReportSelection.MunicipalityGroup(g.Key)));
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
            .ToDictionary(p => (p.RegionKey, p.Period), p => new ReportCell(p.Value, p.Status, p.Flags));
        var overTime = byColumn.Keys.Select(k => k.Period).Distinct(StringComparer.Ordinal).Order(StatisticsPeriod.Order)
            .Select(period => new PeriodRow(period, [.. columns.Select(c => byColumn.TryGetValue((c, period), out var cell) ? cell : (ReportCell?)null)]))
            .ToList();

        var dimension = dimensions.Contains(selection.Dimension, StringComparer.Ordinal) ? selection.Dimension : ReportSelection.Total;
        var grouping = ReportSelection.ClassificationOf(dimension) is { } classification ? usable.Single(g => g.Key == classification) : null;
        List<(string RegionKey, string Breakdown, string Category, string Period, ReportCell Cell)> candidates = dimension switch
        {
            ReportSelection.Total => [.. totals.Where(p => p.RegionKey == region || p.RegionKey == country)
                .Select(p => (p.RegionKey, BreakdownKey.Total, p.RegionKey, p.Period, new ReportCell(p.Value, p.Status, p.Flags)))],
            _ when dimension == ReportSelection.Municipality || grouping is not null => [.. totals.Where(p => municipalities.Contains(p.RegionKey))
                .Select(p => (p.RegionKey, BreakdownKey.Total, p.RegionKey, p.Period, new ReportCell(p.Value, p.Status, p.Flags)))],
            _ when CrossedBreakdown.KeysOf(dimension) is not null => [.. crossed.Where(c => c.Dimension == dimension)
                .Select(c => (region, c.Point.Breakdown, c.Point.Breakdown, c.Point.Period, new ReportCell(c.Point.Value, c.Point.Status, c.Point.Flags)))],
            _ => [.. single.Where(s => s.Parts.Key == dimension)
                .Select(s => (region, s.Point.Breakdown, s.Parts.Value, s.Point.Period, new ReportCell(s.Point.Value, s.Point.Status, s.Point.Flags)))],
        };

        // Total: the region's latest total decides the period, so the row of the country is from the same period. The
        // latest period with a number, or with only statuses when no period has one.
        var deciding = (dimension == ReportSelection.Total ? candidates.Where(c => c.RegionKey == region) : candidates).ToList();
        var period = deciding.Where(c => c.Cell.Value is not null).Select(c => c.Period).Max(StatisticsPeriod.Order)
            ?? deciding.Select(c => c.Period).Max(StatisticsPeriod.Order);
        var breakdown = candidates.Where(c => c.Period == period)
            .OrderBy(c => dimension == ReportSelection.Total ? (c.RegionKey == region ? 0 : 1) : 0)
            .ThenBy(c => c.Category, categories.Order(dimension))
            .Select(c => new BreakdownRow(c.RegionKey, c.Breakdown, c.Category, c.Cell))
            .ToList();

        SexGap? gap = dimension == "sex"
            ? new SexGap(breakdown.FirstOrDefault(b => b.Category == "women")?.Cell.Value, breakdown.FirstOrDefault(b => b.Category == "men")?.Cell.Value)
            : null;
        var spread = dimension == ReportSelection.Municipality ? SpreadOf(breakdown) : null;
        var groups = grouping is null ? [] : GroupValues(grouping, breakdown, totals.Where(p => p.Period == period && p.Value is not null && RegionKey.Parse(p.RegionKey).Country == country));
        var crossedTable = CrossedBreakdown.KeysOf(dimension) is null ? null : CrossedBreakdown.From(dimension, breakdown, categories);
        return new MeasureReport(region, country, dimensions, options, dimension, columns, overTime, period, breakdown, gap, spread, usable, groups, crossedTable)
        {
            Categories = categories,
        };
    }

    private static MunicipalitySpread? SpreadOf(IEnumerable<BreakdownRow> rows) =>
        MunicipalitySpread.Of(rows.Where(b => b.Cell.Value is not null).Select(b => new RegionValue(b.RegionKey, b.Cell.Value!.Value)));

    /// <summary>
    /// The region's municipalities per group, in the classification's order (groups without any of them are left out),
    /// then those it places in no group; and each group's mean over the whole country's municipalities with a value.
    /// </summary>
    private static List<MunicipalityGroupValue> GroupValues(MunicipalityGrouping grouping, IReadOnlyList<BreakdownRow> rows, IEnumerable<RegionPoint> countryTotals)
    {
        var country = countryTotals
            .Where(p => grouping.GroupOf.ContainsKey(p.RegionKey))
            .GroupBy(p => grouping.GroupOf[p.RegionKey], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Mean: g.Average(p => p.Value!.Value)), StringComparer.Ordinal);
        var byGroup = rows.ToLookup(r => grouping.GroupOf.GetValueOrDefault(r.RegionKey));
        var values = grouping.Groups
            .Where(g => byGroup.Contains(g.Code))
            .Select(g => Group(g.Code, g.Name, [.. byGroup[g.Code]], country.TryGetValue(g.Code, out var c) ? c : (0, null)))
            .ToList();
        if (byGroup.Contains(null))
        {
            values.Add(Group(null, null, [.. byGroup[null]], (0, null)));
        }

        return values;
    }

    private static MunicipalityGroupValue Group(string? code, string? name, IReadOnlyList<BreakdownRow> rows, (int Count, double? Mean) country)
    {
        var numbers = rows.Where(r => r.Cell.Value is not null).Select(r => r.Cell.Value!.Value).ToList();
        return new MunicipalityGroupValue(code, name, rows, numbers.Count > 0 ? numbers.Average() : null, SpreadOf(rows), country.Count, country.Mean);
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
