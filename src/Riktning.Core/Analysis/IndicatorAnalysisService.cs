using Microsoft.Extensions.DependencyInjection;
using Riktning.Statistics;

namespace Riktning.Analysis;

/// <summary>
/// Reads a measure's observations and hands them to the pure analysis (<see cref="MeasureTrend"/>,
/// <see cref="BreakdownSummary"/>, <see cref="RegionComparison"/>, <see cref="Rollup"/>). Read-only: nothing is tracked
/// or written. What it reads is kept per <see cref="StoreVersion"/> in <see cref="StoreVersionCache"/>: only an import
/// changes it, and every page view asked the same queries again.
/// </summary>
public sealed class IndicatorAnalysisService(RiktningDb db, StoreVersionSnapshot versions, StoreVersionCache cache, RegionRegistry registry)
{
    /// <summary>The baseline year when a definition names none: the strategy's first measurement.</summary>
    public const int DefaultBaselineYear = 2021;

    /// <summary>About what one point costs in memory with its strings, for the cache's size limit.</summary>
    private const long PointBytes = 160;

    /// <summary>
    /// What one of a measure's points costs once its strings are shared (<see cref="ReadPointsAsync"/>): the struct in the
    /// kept array (48 bytes) and a little for the shared strings.
    /// </summary>
    private const long SharedPointBytes = 64;

    /// <summary>Points per chunk while a measure's points are read: 48 KB of 48-byte points, below the large object heap.</summary>
    private const int PointChunk = 1024;

    private readonly Dictionary<string, IReadOnlyList<string>> _municipalities = new(StringComparer.Ordinal);

    /// <summary>The region a strategy is followed in: the one its definition names.</summary>
    public static string RegionOf(StrategyDefinition definition) =>
        definition.Region ?? throw new InvalidOperationException($"The definition '{definition.Id}' names no region.");

    /// <summary>The direction that applies to a measure: its own when set, otherwise its indicator's.</summary>
    public static Direction EffectiveDirection(Measure measure, Direction indicatorDirection) => measure.Direction ?? indicatorDirection;

    /// <summary>
    /// Analyses one measure in <paramref name="region"/>. What the analysis reads comes in one query per store version: the
    /// region's series (total and every breakdown) and every region's total; the region's municipalities in one more, once per service
    /// instance. The other regions' breakdowns are never looked at, and for a measure broken down by sex and age they are
    /// nearly all of its rows (a million of them took the indicator page to several seconds). With
    /// <paramref name="untilYear"/> the analysis sees only periods up to and including that year, as it stood then: what
    /// the situation analysis of a year reports.
    /// </summary>
    public async Task<MeasureAnalysis> AnalyseMeasureAsync(
        Measure measure,
        Direction indicatorDirection,
        int baselineYear,
        string region,
        MeasureAnalysisOptions? options = null,
        int? untilYear = null,
        CancellationToken cancellationToken = default) =>
        await AnalyseMeasureAsync(measure, indicatorDirection, baselineYear, region, null, options, untilYear, cancellationToken);

    /// <summary>
    /// As above, comparing regions the way the indicator report does (<see cref="ReportAsync"/>): a count per 1 000
    /// inhabitants of <paramref name="populationMeasure"/> (the strategy's population measure) in the same region and
    /// period, and not ranked without it; other kinds as published. The comparison's <see cref="RegionComparison.Scale"/> says which.
    /// </summary>
    public async Task<MeasureAnalysis> AnalyseMeasureAsync(
        Measure measure,
        Direction indicatorDirection,
        int baselineYear,
        string region,
        string? populationMeasure,
        MeasureAnalysisOptions? options = null,
        int? untilYear = null,
        CancellationToken cancellationToken = default)
    {
        var direction = EffectiveDirection(measure, indicatorDirection);
        options ??= MeasureAnalysisOptions.For(measure);
        var points = await PointsAsync(measure.Id, region, cancellationToken);
        if (untilYear is { } until)
        {
            points = [.. points.Where(p => StatisticsPeriod.Year(p.Period) <= until)];
        }

        var total = points.Where(p => p.RegionKey == region && p.Breakdown.Length == 0).Select(p => new SeriesPoint(p.Period, p.Value, p.Status));
        var trend = MeasureTrend.From(total, direction, baselineYear, options);

        // The latest period in which the region has any value, total or breakdown: a breakdown may be published first.
        var latest = points.Where(p => p.RegionKey == region && p.Value is not null).Select(p => p.Period).Max(StatisticsPeriod.Order);
        var municipalities = await MunicipalitiesAsync(region, cancellationToken);
        var breakdowns = latest is null
            ? null
            : BreakdownSummary.From(points, region, latest, municipalities);
        var country = RegionKey.Parse(region).Country;
        var (comparison, _) = await CompareAsync(measure, points, region, direction, populationMeasure, untilYear, cancellationToken);
        return new MeasureAnalysis(measure.Id, region, direction, trend, breakdowns, comparison)
        {
            Gaps = GapOverTime.From(points, region, municipalities, baselineYear, options, await CategoriesAsync(measure.Id, cancellationToken)),
            Series = [.. points.Where(p => p.RegionKey == region && p.Breakdown.Length == 0).OrderBy(p => p.Period, StatisticsPeriod.Order)],
            CountrySeries = [.. points.Where(p => p.RegionKey == country && p.Breakdown.Length == 0).OrderBy(p => p.Period, StatisticsPeriod.Order)],
            BatchIds = [.. points.Select(p => p.BatchId).Distinct().Order()],
        };
    }

    /// <summary>
    /// The report of one measure in <paramref name="region"/> (see <see cref="MeasureReport"/>) with its comparison among
    /// the region's peers. It reads what <see cref="AnalyseMeasureAsync(Measure, Direction, int, string, string?, MeasureAnalysisOptions?, int?, CancellationToken)"/> reads, from the same cache entry, and the municipality
    /// classifications once per store version.
    /// </summary>
    /// <remarks>
    /// A count (<see cref="MeasureKind.Count"/>) is compared per 1 000 inhabitants of <paramref name="populationMeasure"/>
    /// in the same region and period (<see cref="PerInhabitant"/>); the comparison then holds those figures, and
    /// <c>PerThousand</c> every region's total so, for the map. Without a population measure, or without the region's
    /// population, a count is not ranked (<see cref="RegionComparison.IsDrawn"/> is false) and <c>PerThousand</c> is empty.
    /// With <see cref="GeographyChoice.AsToday"/> the Norwegian figures are placed on the units valid on <paramref name="on"/>
    /// through the change tables (<see cref="ReportGeography"/>); the report then names what moved and what stayed on its old unit.
    /// </remarks>
    public async Task<(MeasureReport Report, RegionComparison Comparison, IReadOnlyList<RegionPoint> PerThousand)> ReportAsync(
        Measure measure,
        Direction indicatorDirection,
        ReportSelection selection,
        string region,
        string? populationMeasure = null,
        GeographyChoice geography = GeographyChoice.AsThen,
        DateOnly on = default,
        CancellationToken cancellationToken = default)
    {
        var points = await PointsAsync(measure.Id, region, cancellationToken);
        ReportGeographyResult? placed = null;
        if (geography == GeographyChoice.AsToday && points.Any(p => p.RegionKey.StartsWith("NO-", StringComparison.Ordinal)))
        {
            var units = new RegionGeography(await registry.ListAsync("NO", cancellationToken: cancellationToken), await registry.ChangesAsync("NO", cancellationToken));
            placed = ReportGeography.Today(points, measure.Kind, units, on);
            points = placed.Points;
        }

        var groupings = await MunicipalityGroupingsAsync(RegionKey.Parse(region).Country, cancellationToken);
        var report = MeasureReport.From(points, region, await MunicipalitiesAsync(region, cancellationToken), selection, groupings, await CategoriesAsync(measure.Id, cancellationToken));
        if (geography == GeographyChoice.AsToday)
        {
            report = report with { Geography = geography, On = on, Moved = placed?.Moved ?? [], Kept = placed?.Kept ?? [] };
        }

        var direction = EffectiveDirection(measure, indicatorDirection);
        var (comparison, perThousand) = await CompareAsync(measure, points, region, direction, populationMeasure, null, cancellationToken);
        return (report, comparison, comparison.Scale == ComparisonScale.PerThousandInhabitants ? perThousand : []);
    }

    /// <summary>
    /// The comparison among the region's peers: as published unless the measure is a count, which is compared per 1 000
    /// inhabitants of <paramref name="populationMeasure"/> (periods up to <paramref name="untilYear"/>) or not ranked.
    /// </summary>
    private async Task<(RegionComparison Comparison, IReadOnlyList<RegionPoint> PerThousand)> CompareAsync(
        Measure measure, IReadOnlyList<RegionPoint> points, string region, Direction direction, string? populationMeasure, int? untilYear, CancellationToken cancellationToken)
    {
        IReadOnlyList<RegionPoint> perThousand = [];
        if (measure.Kind == MeasureKind.Count && populationMeasure is not null && populationMeasure != measure.Id)
        {
            var population = await PointsAsync(populationMeasure, region, cancellationToken);
            if (untilYear is { } until)
            {
                population = [.. population.Where(p => StatisticsPeriod.Year(p.Period) <= until)];
            }

            perThousand = PerInhabitant.Totals(points, population);
        }

        var scale = PerInhabitant.ScaleFor(measure.Kind, measure.Id, populationMeasure, perThousand.Any(p => p.RegionKey == region));
        var comparison = scale switch
        {
            ComparisonScale.AsPublished => RegionComparison.From(points, region, direction),
            ComparisonScale.PerThousandInhabitants => RegionComparison.From(perThousand, region, direction) with { Scale = scale },
            _ => RegionComparison.From(points, region, direction) with { CountryValue = null, Rank = null, RankInDirection = null, PeerCount = 0, Scale = scale },
        };
        return (comparison, perThousand);
    }

    /// <summary>
    /// Where the figures of the report of <paramref name="measureId"/> in <paramref name="region"/> came from: the import
    /// batches of the values it reads (the region's series and every region's total), oldest first.
    /// </summary>
    public async Task<IReadOnlyList<FigureSource>> SourcesAsync(string measureId, string region, CancellationToken cancellationToken = default)
    {
        var points = await PointsAsync(measureId, region, cancellationToken);
        var batches = await BatchesAsync(cancellationToken);
        return FigureSource.Of(points.Select(p => p.BatchId), batches);
    }

    /// <summary>Every import batch as a source line, once per store version (a few hundred rows even after years of refreshes).</summary>
    public async Task<IReadOnlyDictionary<int, FigureSource>> BatchesAsync(CancellationToken cancellationToken = default) =>
        await cache.GetAsync(
            "batches",
            await versions.CurrentAsync(cancellationToken),
            async (services, ct) => (IReadOnlyDictionary<int, FigureSource>)(await services.GetRequiredService<RiktningDb>().ImportBatches.AsNoTracking().ToListAsync(ct))
                .ToDictionary(b => b.Id, FigureSource.From),
            batches => (batches.Count + 1) * PointBytes * 4,
            cancellationToken);

    /// <summary>
    /// Counts every measure's assessment in the strategy's region up the definition's tree. One query per store
    /// version reads the region's totals for all measures. <paramref name="optionsFor"/> gives a measure's tolerance; by
    /// default the tolerance the definition declares for the measure, else <see cref="MeasureAnalysisOptions.Default"/>.
    /// </summary>
    public async Task<StrategyRollup> RollupAsync(
        StrategyDefinition definition,
        Func<Measure, MeasureAnalysisOptions>? optionsFor = null,
        CancellationToken cancellationToken = default)
    {
        var region = RegionOf(definition);
        var baselineYear = definition.Revision.BaselineYear ?? DefaultBaselineYear;
        optionsFor ??= MeasureAnalysisOptions.For;
        var byMeasure = await RegionTotalsAsync(region, cancellationToken);

        var assessments = new Dictionary<string, Assessment>(StringComparer.Ordinal);
        foreach (var indicator in definition.Indicators)
        {
            foreach (var measure in indicator.Measures)
            {
                var options = optionsFor(measure);
                var direction = EffectiveDirection(measure, indicator.Direction);
                assessments[measure.Id] = MeasureTrend.From(byMeasure[measure.Id], direction, baselineYear, options).Assessment;
            }
        }

        return Rollup.Count(definition, assessments, region);
    }

    /// <summary>The source's labels and order of a measure's breakdown categories (<see cref="BreakdownCategory"/>), once per store version.</summary>
    public async Task<SourceCategories> CategoriesAsync(string measureId, CancellationToken cancellationToken = default) =>
        await cache.GetAsync(
            string.Join('\u001e', "categories", measureId),
            (await versions.CurrentAsync(cancellationToken)).ForMeasures([measureId]),
            async (services, ct) => new SourceCategories(await services.GetRequiredService<RiktningDb>().BreakdownCategories.AsNoTracking()
                .Where(c => c.MeasureId == measureId).ToListAsync(ct)),
            _ => PointBytes * 64,
            cancellationToken);

    /// <summary>
    /// What the analysis and the report read: the region's own series (total and breakdowns) and every region's total,
    /// once per version of the measure (<see cref="StoreVersion.ForMeasures"/>: an import into another measure keeps it). Other regions' breakdowns are most of a large table (a million rows for one measure) and
    /// are never shown.
    /// </summary>
    private async Task<IReadOnlyList<RegionPoint>> PointsAsync(string measureId, string region, CancellationToken cancellationToken) =>
        await cache.GetAsync(
            string.Join('\u001e', "points", measureId, region),
            (await versions.CurrentAsync(cancellationToken)).ForMeasures([measureId]),
            (services, ct) => ReadPointsAsync(services.GetRequiredService<RiktningDb>(), measureId, region, ct),
            points => points.Count * SharedPointBytes,
            cancellationToken);

    /// <remarks>
    /// The provider reads each row's region, breakdown and period as strings of their own, about 100 bytes a point beside
    /// the point itself; a measure has a few hundred distinct ones, so the kept points share them. At 100 M values a
    /// measure has about 34 000 points, and the strategy's together held a quarter of a gigabyte per instance (bench/README.md,
    /// the instances verb). The rows are read into chunks below the large object heap's 85 000 bytes and copied once into
    /// an array of the exact size: a growing list left its 0.8, 1.5 and 3 MB arrays behind on that heap for every measure
    /// read, garbage that only a gen2 collection frees and that fragmented it.
    /// </remarks>
    internal static async Task<IReadOnlyList<RegionPoint>> ReadPointsAsync(RiktningDb db, string measureId, string region, CancellationToken cancellationToken)
    {
        var rows = (from o in db.Observations
                    join s in db.ObservationSeries on o.SeriesId equals s.Id
                    where s.MeasureId == measureId && (s.RegionKey == region || s.Breakdown == BreakdownKey.Total)
                    select new RegionPoint(s.RegionKey, s.Breakdown, o.Period, o.Value, o.Status, o.BatchId, o.Flags))
            .AsAsyncEnumerable();
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string text) => shared.TryGetValue(text, out var kept) ? kept : shared[text] = text;
        var chunks = new List<RegionPoint[]>();
        var filled = PointChunk;
        await foreach (var point in rows.WithCancellation(cancellationToken))
        {
            if (filled == PointChunk)
            {
                chunks.Add(new RegionPoint[PointChunk]);
                filled = 0;
            }

            chunks[^1][filled++] = point with { RegionKey = Shared(point.RegionKey), Breakdown = Shared(point.Breakdown), Period = Shared(point.Period) };
        }

        var points = new RegionPoint[chunks.Count == 0 ? 0 : ((chunks.Count - 1) * PointChunk) + filled];
        for (var i = 0; i < chunks.Count; i++)
        {
            chunks[i].AsSpan(0, i == chunks.Count - 1 ? filled : PointChunk).CopyTo(points.AsSpan(i * PointChunk));
        }

        return points;
    }

    /// <summary>The classifications of a country's municipalities (<see cref="MunicipalityClassification"/>), by key, once per store version.</summary>
    public async Task<IReadOnlyList<MunicipalityGrouping>> MunicipalityGroupingsAsync(string country, CancellationToken cancellationToken = default) =>
        await cache.GetAsync(
            string.Join('\u001e', "groupings", country),
            await versions.CurrentAsync(cancellationToken),
            (services, ct) => ReadGroupingsAsync(services.GetRequiredService<MunicipalityClassificationImporter>(), country, ct),
            groupings => (groupings.Sum(g => g.GroupOf.Count) + 1) * PointBytes,
            cancellationToken);

    private static async Task<IReadOnlyList<MunicipalityGrouping>> ReadGroupingsAsync(MunicipalityClassificationImporter classifications, string country, CancellationToken cancellationToken)
    {
        var prefix = country + "-";
        return [.. (await classifications.ListAsync(cancellationToken))
            .Where(c => c.Groups.SelectMany(g => g.Members).Any(m => m.RegionKey.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(MunicipalityGrouping.From)];
    }

    /// <summary>The region's totals of every measure with any, once per store version: what the roll-up assesses.</summary>
    private async Task<ILookup<string, SeriesPoint>> RegionTotalsAsync(string region, CancellationToken cancellationToken) =>
        await cache.GetAsync(
            string.Join('\u001e', "totals", region),
            await versions.CurrentAsync(cancellationToken),
            (services, ct) => ReadRegionTotalsAsync(services.GetRequiredService<RiktningDb>(), region, ct),
            totals => totals.Sum(t => t.Count()) * PointBytes,
            cancellationToken);

    private static async Task<ILookup<string, SeriesPoint>> ReadRegionTotalsAsync(RiktningDb db, string region, CancellationToken cancellationToken)
    {
        var rows = await (from o in db.Observations
                          join s in db.ObservationSeries on o.SeriesId equals s.Id
                          where s.RegionKey == region && s.Breakdown == BreakdownKey.Total
                          select new { s.MeasureId, Point = new SeriesPoint(o.Period, o.Value, o.Status) })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.MeasureId, r => r.Point, StringComparer.Ordinal);
    }

    /// <summary>The keys of the municipalities currently in a county; empty for a country or a municipality.</summary>
    private async Task<IReadOnlyList<string>> MunicipalitiesAsync(string region, CancellationToken cancellationToken)
    {
        if (_municipalities.TryGetValue(region, out var cached))
        {
            return cached;
        }

        var (country, code) = RegionKey.Parse(region);
        var codes = await db.Regions.AsNoTracking()
            .Where(r => r.Country == country && r.ParentCode == code && r.Level == RegionLevel.Municipality && r.ValidTo == null)
            .Select(r => r.Code)
            .ToListAsync(cancellationToken);
        IReadOnlyList<string> keys = [.. codes.Select(c => RegionKey.Format(country, c))];
        _municipalities[region] = keys;
        return keys;
    }
}
