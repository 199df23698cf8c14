using Riktning.Analysis;
using Riktning.Web.Features.Strategy;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// The border region: the strategy's region beside its partner regions (the definition's <c>partnerRegions:</c>) and
/// the two countries, one table per comparable pair with its written differences beside it, a pair marked not
/// comparable refused with its reason, and a map of the counties and fylker across the border from the imported
/// boundaries. Norwegian figures on the geography the reader chooses (<c>?geography=then|today</c>).
/// Between imports the page cannot change: anonymous views are served from its rendered HTML (<see cref="PageOutputCache"/>).
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageOutputCache.Policy)]
public sealed class BorderRegionModel(
    SiteDefinitions site,
    BorderRegionService border,
    RegionRegistry regions,
    BoundaryImporter boundaries,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : StrategyPage
{
    /// <summary>The comparable pairs' tables, in definition order.</summary>
    public IReadOnlyList<BorderTable> Tables { get; private set; } = [];

    /// <summary>The pairs marked not comparable: refused, each with its reason.</summary>
    public IReadOnlyList<MeasurePair> Refused { get; private set; } = [];

    /// <summary>The pair the map shows; null when no pair is comparable.</summary>
    public BorderTable? Mapped { get; private set; }

    /// <summary>The pair asked for by <c>?pair=</c> when it is marked not comparable: the page answers 409 with its reason.</summary>
    public MeasurePair? RefusedRequest { get; private set; }

    public MunicipalityMap? Map { get; private set; }

    /// <summary>Whether any outline is imported for the map's regions; false: the page says so (and to an analyst, how to import them).</summary>
    public bool HasBoundaries { get; private set; }

    public GeographyChoice Geography { get; private set; }

    /// <summary>Counties and fylker, or municipalities and kommuner (<c>?level=municipality</c>).</summary>
    public BorderLevel Level { get; private set; }

    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>A <c>?culture=</c> the page was asked for, carried by the form so that it keeps the language.</summary>
    public string? Culture { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? pair, string? geography, string? level, CancellationToken cancellationToken)
    {
        if (!await LoadStrategyAsync(site, cancellationToken))
        {
            return NotFound();
        }

        Culture = Request.Query.TryGetValue("culture", out var culture) && RiktningWebApp.Cultures.Any(c => c.Name == culture.ToString()) ? culture.ToString() : null;
        Geography = geography == "today" ? GeographyChoice.AsToday : GeographyChoice.AsThen;
        Level = level == "municipality" ? BorderLevel.Municipality : BorderLevel.County;
        var all = await regions.ListAsync(cancellationToken: cancellationToken);
        RegionNames = all.GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ValidFrom).First().Name, StringComparer.Ordinal);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Refused = [.. Strategy.Comparisons.Where(p => p.Comparability == Comparability.NotComparable)];
        IReadOnlyList<string>? municipalities = null;
        if (Level == BorderLevel.Municipality)
        {
            // The kommuner across the border are named by the cooperation definition (or else the strategy itself).
            var cooperation = (await site.CooperationAsync(cancellationToken))?.Definition;
            var partners = cooperation is { PartnerMunicipalities.Count: > 0 } ? cooperation.PartnerMunicipalities : Strategy.PartnerMunicipalities;
            municipalities = await border.MunicipalitiesOfAsync(Strategy, partners, today, cancellationToken);
        }

        var tables = new List<BorderTable>();
        foreach (var comparable in Strategy.Comparisons.Where(p => p.Comparability != Comparability.NotComparable))
        {
            var table = await border.CompareAsync(Strategy, comparable, Geography, today, municipalities, cancellationToken);
            // A measure without municipal figures has no table at the municipality level (its difference note goes with it).
            if (municipalities is null || table.Rows.Any(r => r.Value is not null))
            {
                tables.Add(table);
            }
        }

        Tables = tables;
        if (pair is not null && Strategy.Comparisons.FirstOrDefault(p => p.Id == pair) is null)
        {
            return NotFound();
        }

        RefusedRequest = Refused.FirstOrDefault(p => p.Id == pair);
        Mapped = Tables.FirstOrDefault(x => x.Pair.Id == pair) ?? (Tables.Count > 0 ? Tables[0] : null);
        if (Mapped is not null)
        {
            Map = await MapAsync(Mapped, all, cancellationToken);
        }

        if (RefusedRequest is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }

    /// <summary>A region's name as the page writes it; its key when the registry has none.</summary>
    public string RegionLabel(string key) => RegionNames.GetValueOrDefault(key, key);

    /// <summary>A measure's name in the reader's language; its id when the strategy has no such measure.</summary>
    public string MeasureName(string id) => Strategy.Measures.FirstOrDefault(m => m.Id == id) is { } m ? LocalizedHtml.Plain(m.Name) : id;

    /// <summary>A row's period, with the period its source published when the pair's rule moved it ("2023 (published as 2024)").</summary>
    public string PeriodText(BorderRow row) => row.Period is null ? ""
        : row.PublishedPeriod is { } published && published != row.Period ? $"{row.Period} {t["BorderRegion.Published", published].Value}"
        : row.Period;

    /// <summary>The unit written after a value: " %" for a percentage.</summary>
    public string UnitSuffix(string measureId) => Strategy.Measures.FirstOrDefault(m => m.Id == measureId)?.Unit == "percent" ? " %" : "";

    /// <summary>
    /// The map: the pair's regions valid on the map's day (today as today; as published, the last day of the latest
    /// Norwegian period in the table, so that Viken is drawn for 2023 and Østfold, Akershus and Buskerud for 2024),
    /// with the table's values.
    /// </summary>
    private async Task<MunicipalityMap?> MapAsync(BorderTable table, IReadOnlyList<Region> all, CancellationToken cancellationToken)
    {
        var day = table.On;
        if (Geography == GeographyChoice.AsThen
            && table.Rows.Where(r => r.Country == "NO" && r.PublishedPeriod is not null).Select(r => r.PublishedPeriod!).Max(StatisticsPeriod.Order) is { } latest)
        {
            day = RegionGeography.Days(latest).Last;
        }

        var drawn = table.Rows.Where(r => !r.IsNational && all.Any(x => x.Key == r.RegionKey && (x.Country == "SE" || x.IsValidOn(day)))).ToList();
        var outlines = (await boundaries.FindAsync(drawn.Select(r => r.RegionKey), cancellationToken)).Values.Where(MunicipalityMap.IsDrawable).ToList();
        HasBoundaries = outlines.Count > 0;
        if (!HasBoundaries)
        {
            return null;
        }

        var values = drawn.ToDictionary(r => r.RegionKey, r => r.Value, StringComparer.Ordinal);
        var noValue = t["Report.NoFigure"].Value;
        return MunicipalityMap.Choropleth([.. outlines], values, RegionNames, v => v is { } value ? Figures.Number(value) : noValue);
    }
}
