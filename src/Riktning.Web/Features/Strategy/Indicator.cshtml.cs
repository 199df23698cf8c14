using Microsoft.Extensions.Options;
using Riktning.Analysis;
using Riktning.Setup;

namespace Riktning.Web.Features.Strategy;

/// <summary>
/// Between imports of its measures the page cannot change: anonymous views are served from its rendered HTML
/// (<see cref="PageOutputCache.IndicatorPolicy"/>).
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageOutputCache.IndicatorPolicy)]
public sealed class IndicatorModel(
    SiteDefinitions site,
    ObservationQueries observations,
    Riktning.Web.Features.OpenData.OpenDataQueries openData,
    Riktning.Data.StoreVersionSnapshot versions,
    Riktning.Data.StoreVersionCache cache,
    IOptions<RiktningOptions> options,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : StrategyPage
{
    public Riktning.Strategy.FocusArea Area { get; private set; } = null!;

    public Goal Goal { get; private set; } = null!;

    public Indicator Indicator { get; private set; } = null!;

    public IReadOnlyDictionary<string, MeasureDataStatus> Data { get; private set; } = new Dictionary<string, MeasureDataStatus>();

    /// <summary>Per measure with data: its trend in the strategy's region against the baseline.</summary>
    public IReadOnlyDictionary<string, MeasureAnalysis> Analyses { get; private set; } = new Dictionary<string, MeasureAnalysis>();

    /// <summary>Region names by key, for the tables.</summary>
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The indicator's measures that have statistics, in definition order: the choices of the report.</summary>
    public IReadOnlyList<Measure> MeasuresWithData { get; private set; } = [];

    /// <summary>The measure the report shows; null when no measure has data.</summary>
    public Measure? Selected { get; private set; }

    public MeasureReport? Report { get; private set; }

    /// <summary>The import batches of the values the report shows: its source line under every table, chart and map.</summary>
    public IReadOnlyList<FigureSource> Sources { get; private set; } = [];

    public RegionComparison? Comparison { get; private set; }

    /// <summary>The breakdown table's rows in display order (municipalities by name).</summary>
    public IReadOnlyList<BreakdownRow> BreakdownRows { get; private set; } = [];

    /// <summary>The municipality map, shown with the municipality breakdown.</summary>
    public MunicipalityMap? Map { get; private set; }

    /// <summary>Open-data addresses (without the format) that select exactly the over-time and breakdown tables.</summary>
    public string OverTimeDownload { get; private set; } = "";

    public string BreakdownDownload { get; private set; } = "";

    /// <summary>The gap of every breakdown over time, per measure with data, for the gap-over-time partial.</summary>
    public IEnumerable<GapOverTimeView> GapViews => Analyses
        .Where(a => a.Value.Gaps.Count > 0)
        .Select(a => new GapOverTimeView(
            "gaps-" + a.Key, LocalizedHtml.Plain(Indicator.Measures.First(m => m.Id == a.Key).Name), a.Value.Gaps, RegionNames,
            Categories: _categories.GetValueOrDefault(a.Key)));

    /// <summary>Per measure with data: the source's labels and order of its breakdown categories.</summary>
    private IReadOnlyDictionary<string, SourceCategories> _categories = new Dictionary<string, SourceCategories>();

    /// <summary>A <c>?culture=</c> the page was asked for, carried by the report form so that it keeps the language.</summary>
    public string? Culture { get; private set; }

    /// <summary>The geography Norwegian figures are shown on (<c>?geography=then|today</c>); as published by default.</summary>
    public GeographyChoice Geography { get; private set; }

    /// <summary>The over-time table as an index (<c>?view=index</c>): each column's value in <see cref="IndexBase"/> = 100.</summary>
    public bool IndexView { get; private set; }

    /// <summary>The period whose values are 100 in the index view; null when the region has no value to index by.</summary>
    public string? IndexBase { get; private set; }

    /// <summary>The over-time table as shown: the published figures, or with <see cref="IndexView"/> each column indexed on <see cref="IndexBase"/>.</summary>
    public IReadOnlyList<PeriodRow> OverTimeRows { get; private set; } = [];

    /// <summary>The population measure's name, for the note that says a count is compared per 1 000 of it.</summary>
    public string PopulationName => Strategy.PopulationMeasure is { } id && Strategy.Measures.FirstOrDefault(m => m.Id == id) is { } m ? LocalizedHtml.Plain(m.Name) : "";

    public async Task<IActionResult> OnGetAsync(string id, string? measure, string? breakdown, string[]? compare, string? view, string? geography, CancellationToken cancellationToken)
    {
        if (!await LoadStrategyAsync(site, cancellationToken))
        {
            return NotFound();
        }

        var match = Strategy.FocusAreas
            .SelectMany(a => a.Goals.SelectMany(g => g.Indicators.Select(i => (Area: a, Goal: g, Indicator: i))))
            .FirstOrDefault(x => x.Indicator.Id == id);
        if (match.Indicator is null)
        {
            return NotFound();
        }

        (Area, Goal, Indicator) = match;
        Culture = Request.Query.TryGetValue("culture", out var culture) && RiktningWebApp.Cultures.Any(c => c.Name == culture.ToString()) ? culture.ToString() : null;
        Data = await observations.StatusAsync(Indicator.Measures.Select(m => m.Id), cancellationToken);
        var baseline = Strategy.Revision.BaselineYear ?? IndicatorAnalysisService.DefaultBaselineYear;
        var withData = Indicator.Measures.Where(m => Data.ContainsKey(m.Id)).ToList();
        var (indicator, region) = (Indicator, Region);
        // The analyses and the report are pure functions of the store's version as far as the indicator's measures (and
        // the population measure a count is compared by) go, the definition and the query: kept per version of those
        // measures, so a repeated view computes neither (they walk thousands of points per measure), and an import into
        // another measure keeps them. The page's rendered HTML is kept per the same version (PageOutputCache).
        var version = (await versions.CurrentAsync(cancellationToken)).ForMeasures(MeasuresOf(Strategy, indicator));
        var pageKey = string.Join('\u001e', "indicator-page", Strategy.Id, Loaded!.RevisionNumber.ToString(CultureInfo.InvariantCulture),
            indicator.Id, region, baseline.ToString(CultureInfo.InvariantCulture), string.Join(',', withData.Select(m => m.Id)));
        (Analyses, _categories) = await cache.GetAsync(
            pageKey,
            version,
            async (services, ct) =>
            {
                var service = services.GetRequiredService<IndicatorAnalysisService>();
                var computed = new Dictionary<string, MeasureAnalysis>(StringComparer.Ordinal);
                var categories = new Dictionary<string, SourceCategories>(StringComparer.Ordinal);
                foreach (var m in withData)
                {
                    computed[m.Id] = await service.AnalyseMeasureAsync(m, indicator.Direction, baseline, region, cancellationToken: ct);
                    categories[m.Id] = await service.CategoriesAsync(m.Id, ct);
                }

                return new AnalysesEntry(computed, categories);
            },
            _ => DerivedBytes,
            cancellationToken);
        MeasuresWithData = [.. Indicator.Measures.Where(m => Data.ContainsKey(m.Id))];
        Selected = MeasuresWithData.FirstOrDefault(m => m.Id == measure) ?? (MeasuresWithData.Count > 0 ? MeasuresWithData[0] : null);
        if (Selected is null)
        {
            return Page();
        }

        // Names as they were at the end of the period shown; a code that changed later keeps its old name.
        // The same newest-name-per-key list the open data API writes, kept between requests instead of read per view.
        RegionNames = await openData.RegionNamesAsync(cancellationToken);

        // By default the municipalities: the bar chart and map the indicator page is mostly read for.
        var selection = new ReportSelection(breakdown ?? ReportSelection.Municipality, compare ?? []);
        var selected = Selected;
        Geography = geography == "today" ? GeographyChoice.AsToday : GeographyChoice.AsThen;
        var (chosen, today) = (Geography, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var population = Strategy.PopulationMeasure;
        var report = await cache.GetAsync(
            string.Join('\u001e', pageKey, "report", selected.Id, selection.Dimension, string.Join(',', selection.Comparisons),
                chosen == GeographyChoice.AsToday ? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "then"),
            version,
            async (services, ct) =>
            {
                var service = services.GetRequiredService<IndicatorAnalysisService>();
                var (built, comparison, perThousand) = await service.ReportAsync(selected, indicator.Direction, selection, region, population, chosen, today, ct);
                return new ReportEntry(built, comparison, await service.SourcesAsync(selected.Id, region, ct), perThousand);
            },
            _ => DerivedBytes,
            cancellationToken);
        (Report, Comparison, Sources) = (report.Report, report.Comparison, report.Sources);
        IndexView = view == "index";
        (IndexBase, OverTimeRows) = IndexView ? IndexSeries.Of(Report.OverTime, baseline) : (null, Report.OverTime);
        var swedish = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), false);
        BreakdownRows = Report.Dimension == ReportSelection.Municipality
            ? [.. Report.Breakdown.OrderBy(b => RegionNames.GetValueOrDefault(b.RegionKey, b.RegionKey), swedish)]
            : Report.Grouping is not null
                ? [.. Report.Groups.SelectMany(g => g.Municipalities.OrderBy(b => RegionNames.GetValueOrDefault(b.RegionKey, b.RegionKey), swedish))]
                : Report.Breakdown;

        var api = $"/api/measures/{Uri.EscapeDataString(Selected.Id)}/observations?";
        OverTimeDownload = api + Query(Report.Columns.Select(c => ("region", c))
            .Append(("breakdown", BreakdownKey.TotalName))
            .Concat(Report.OverTime.Count > 0 ? [("from", Report.OverTime[0].Period), ("to", Report.OverTime[^1].Period)] : []));
        BreakdownDownload = api + Query(BreakdownRows.Select(b => b.RegionKey).Distinct(StringComparer.Ordinal).Select(r => ("region", r))
            .Concat(BreakdownRows.Select(b => BreakdownKey.Name(b.Breakdown)).Distinct(StringComparer.Ordinal).Select(b => ("breakdown", b)))
            .Concat(Report.BreakdownPeriod is { } period ? [("period", period)] : []));

        // A count is mapped per 1 000 inhabitants, or not at all: head counts would colour the municipalities by size.
        if (Report.Dimension == ReportSelection.Municipality && Comparison.IsDrawn)
        {
            Map = await MapAsync(report.PerThousand, cancellationToken);
            // The figures' flags (provisional, break in series …) in each municipality's title, as in the table: per view, since the map is shared.
            var flags = Report.Breakdown.ToDictionary(b => b.RegionKey, b => Riktning.Importing.FlagLetters.Of(b.Cell.Status, b.Cell.Flags), StringComparer.Ordinal);
            if (Map is { } drawn && flags.Values.Any(f => f.Length > 0))
            {
                Map = drawn with { Shapes = [.. drawn.Shapes.Select(s => s with { Flags = flags.GetValueOrDefault(s.RegionKey, "") })] };
            }
        }

        return Page();
    }

    /// <summary>The measures whose values the page shows: the indicator's own and the population measure counts are compared by.</summary>
    public static IEnumerable<string> MeasuresOf(StrategyDefinition strategy, Indicator indicator) =>
        strategy.PopulationMeasure is { } population ? indicator.Measures.Select(m => m.Id).Append(population) : indicator.Measures.Select(m => m.Id);

    /// <summary>Whether the report has Norwegian figures, so that the reader may choose their geography.</summary>
    public bool HasNorwegianFigures =>
        Report is { } report && (report.ComparisonOptions.Concat(report.Columns).Any(IsNorwegianUnit) || IsNorwegianUnit(report.Region) || Comparison!.Norway.Count > 0);

    private static bool IsNorwegianUnit(string key) => key.StartsWith("NO-", StringComparison.Ordinal);

    /// <summary>Where the report form is sent: this page, under the strategy's address.</summary>
    public string ReportAction => Url.Content($"~/indicators/{Uri.EscapeDataString(Indicator.Id)}") + "#report";

    /// <summary>The selected measure's name in the reader's language.</summary>
    public string SelectedName => LocalizedHtml.Plain(Selected?.Name);

    /// <summary>
    /// The definition must say a figure is comparable across the border; until it does, Norwegian values are flagged, and
    /// the note that says why is shown once: below the table over time when it has a Norwegian column, else below the
    /// Norwegian comparison.
    /// </summary>
    public bool NorwayNoteAfterOverTime =>
        Selected is not null && Report!.Columns.Any(c => RegionKey.Parse(c).Country == "NO");

    /// <inheritdoc cref="NorwayNoteAfterOverTime"/>
    public bool NorwayNoteAfterComparison =>
        Selected is not null && !NorwayNoteAfterOverTime && Comparison!.Norway.Count > 0;

    /// <summary>Whether the Norwegian figures beside the selected measure carry the flag; decided by its comparison (<see cref="StrategyDefinition.DefinitionsMayDiffer"/>).</summary>
    public bool DefinitionsMayDiffer => Selected is null || Strategy.DefinitionsMayDiffer(Selected.Id);

    /// <summary>The comparison that binds the selected measure: its written differences are the note beside every Norwegian figure.</summary>
    public MeasurePair? Pair => Selected is null ? null : Strategy.PairOf(Selected.Id);

    /// <summary>A region's name as the report writes it; its key when the registry has none.</summary>
    public string RegionLabel(string key) => RegionNames.GetValueOrDefault(key, key);

    /// <summary>A report dimension's name: a classification by its own name, two crossed breakdowns joined with ×.</summary>
    public string DimensionLabel(string dimension) => ReportSelection.ClassificationOf(dimension) is { } key
        ? t["Dimension.MunicipalityGroup", Report!.Groupings.Single(g => g.Key == key).Name].Value
        : CrossedBreakdown.KeysOf(dimension) is { } keys
            ? string.Join(" × ", keys.Select(DimensionLabel))
            : Known($"Dimension.{dimension}") ?? dimension;

    /// <summary>
    /// A breakdown category's name (<c>women</c>, <c>20-64</c> …): the site's text for it, else the source's own label
    /// (in the page's language when the source gave one in it), else the code.
    /// </summary>
    public string CategoryLabel(string dimension, string value) => Known($"Category.{dimension}.{value}")
        ?? Report?.Categories.Label(dimension, value, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
        ?? value;

    /// <summary>The row label of the one-dimension breakdown table: a region for the total and municipalities, else the category.</summary>
    public string RowLabel(BreakdownRow row) => Report!.Dimension is ReportSelection.Total or ReportSelection.Municipality
        ? RegionLabel(row.RegionKey)
        : CategoryLabel(Report.Dimension, row.Category);

    private string? Known(string name) => t[name] is { ResourceNotFound: false } text ? text.Value : null;

    /// <summary>
    /// The map is the page's costliest part (every outline parsed, checked and projected, each label placed inside its
    /// municipality), and between imports it depends only on the values shown, the names and the language: kept per
    /// store version in <see cref="Riktning.Data.StoreVersionCache"/>, so a repeated view costs a lookup.
    /// </summary>
    private async Task<MunicipalityMap?> MapAsync(IReadOnlyList<RegionPoint> perThousand, CancellationToken cancellationToken)
    {
        var values = Report!.Breakdown.ToDictionary(b => b.RegionKey, b => b.Cell.Value, StringComparer.Ordinal);
        if (Comparison!.Scale == ComparisonScale.PerThousandInhabitants)
        {
            var rates = perThousand.Where(p => p.Period == Report.BreakdownPeriod).ToDictionary(p => p.RegionKey, p => p.Value, StringComparer.Ordinal);
            values = values.Keys.ToDictionary(k => k, k => rates.GetValueOrDefault(k), StringComparer.Ordinal);
        }

        var key = string.Join('\u001e', "municipality-map", Report.Region, CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name,
            string.Join(',', values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value?.ToString("R", CultureInfo.InvariantCulture)}")));
        var noValue = t["Report.NoFigure"].Value;
        var names = RegionNames;
        var layout = Path.Combine(options.Value.RegionListsPath, "tiles", $"{Report.Region.ToLowerInvariant()}.csv");
        var entry = await cache.GetAsync(
            key,
            (await versions.CurrentAsync(cancellationToken)).ForMeasures(MeasuresOf(Strategy, Indicator)),
            async (services, ct) => new MapEntry(await BuildMapAsync(services.GetRequiredService<BoundaryImporter>(), values, names, noValue, layout, ct)),
            entry => MapBytes * Math.Max(1, entry.Map?.Shapes.Count ?? 1),
            cancellationToken);
        return entry.Map;
    }

    /// <summary>A rough size of one municipality on the map (its path and label), for the cache's limit.</summary>
    private const long MapBytes = 16 * 1024;

    private static async Task<MunicipalityMap?> BuildMapAsync(
        BoundaryImporter boundaries, Dictionary<string, double?> values, IReadOnlyDictionary<string, string> names, string noValue, string layout, CancellationToken cancellationToken)
    {
        // Outlines stored before the reader refused empty or open rings are left out rather than failing the page.
        var outlines = (await boundaries.FindAsync(values.Keys, cancellationToken)).Values.Where(MunicipalityMap.IsDrawable).ToList();
        if (outlines.Count > 0)
        {
            return MunicipalityMap.Choropleth([.. outlines], values, names, v => v is { } value ? Figures.Number(value) : noValue);
        }

        return System.IO.File.Exists(layout) ? MunicipalityMap.Tiles(MunicipalityMap.ReadLayout(layout), values, names) : null;
    }

    private sealed record MapEntry(MunicipalityMap? Map);

    /// <summary>A rough size of a page's analyses or report, for the cache's limit.</summary>
    private const long DerivedBytes = 256 * 1024;

    private sealed record AnalysesEntry(IReadOnlyDictionary<string, MeasureAnalysis> Analyses, IReadOnlyDictionary<string, SourceCategories> Categories);

    private sealed record ReportEntry(MeasureReport Report, RegionComparison Comparison, IReadOnlyList<FigureSource> Sources, IReadOnlyList<RegionPoint> PerThousand);

    private static string Query(IEnumerable<(string Name, string Value)> parameters) =>
        string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}")) + "&format=";
}
