using Microsoft.Extensions.Options;
using Riktning.Analysis;
using Riktning.CrossBorder.Commuting;
using Riktning.Setup;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Commuting across the border: one source's flows from Sweden to Norway in its latest year as a server-drawn flow map
/// and a table sortable by plain links (<c>?source=ssb-13631&amp;sort=origin</c>), the totals by year of every source side
/// by side with what each counts and its series breaks, the share of each home-region municipality's employed who work
/// in Norway (when a count of employed persons is bound, <see cref="RiktningOptions.CommutingEmployedMeasure"/>), and the
/// totals the cooperation documents state, so that no figure is quoted without what it counts.
/// </summary>
public sealed class CommutingModel(RiktningDb db, SiteDefinitions site, RegionRegistry regions, IOptions<RiktningOptions> options) : PageModel
{
    /// <summary>The chosen source's flows of <see cref="Year"/>, both sexes, Swedish to Norwegian places, sorted as asked.</summary>
    public IReadOnlyList<CommutingFlow> Flows { get; private set; } = [];

    /// <summary>The sources with flows from Sweden to Norway, by key.</summary>
    public IReadOnlyList<string> Sources { get; private set; } = [];

    public string? Source { get; private set; }

    public int? Year { get; private set; }

    /// <summary>Persons per source and year (both sexes, Sweden to Norway; <see cref="CommutingTotals"/>).</summary>
    public IReadOnlyList<CommutingTotal> Totals { get; private set; } = [];

    /// <summary>The years any source has, newest first, for the side-by-side table.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The commuting figures the cooperation definition states, with their wording (the definition each uses).</summary>
    public IReadOnlyList<Fact> StatedTotals { get; private set; } = [];

    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The home region's municipalities with their commuters to Norway in <see cref="Year"/> and, when known, their employed.</summary>
    public IReadOnlyList<CommutingShare> Shares { get; private set; } = [];

    /// <summary>The measure counting employed persons, when one is bound; null otherwise (the page says what is missing).</summary>
    public string? EmployedMeasure { get; private set; }

    public string Sort { get; private set; } = "persons";

    public async Task OnGetAsync(string? source, string? sort, CancellationToken cancellationToken)
    {
        Sort = sort is "origin" or "destination" ? sort : "persons";
        var all = CommutingTotals.SwedenToNorway(await db.CommutingFlows.AsNoTracking().Where(f => f.Sex == "").ToListAsync(cancellationToken)).ToList();
        Totals = CommutingTotals.From(all);
        Years = [.. Totals.Select(t => t.Year).Distinct().OrderDescending()];
        Sources = [.. all.Select(f => f.Source).Distinct().Order(StringComparer.Ordinal)];
        Source = source is not null && Sources.Contains(source) ? source : all.OrderByDescending(f => f.Year).ThenBy(f => f.Source, StringComparer.Ordinal).FirstOrDefault()?.Source;
        var ofSource = all.Where(f => f.Source == Source).ToList();
        Year = ofSource.Count > 0 ? ofSource.Max(f => f.Year) : null;

        // The map and the table show place to place; a flow to or from a whole country only when the source has nothing finer.
        var latest = ofSource.Where(f => f.Year == Year).ToList();
        var places = latest.Where(f => f.OriginKey != "SE" && f.DestinationKey != "NO").ToList();
        latest = places.Count > 0 ? places : latest;
        Flows = Sort switch
        {
            "origin" => [.. latest.OrderBy(f => f.OriginKey, StringComparer.Ordinal).ThenByDescending(f => f.Persons)],
            "destination" => [.. latest.OrderBy(f => f.DestinationKey, StringComparer.Ordinal).ThenByDescending(f => f.Persons)],
            _ => [.. latest.OrderByDescending(f => f.Persons).ThenBy(f => f.OriginKey, StringComparer.Ordinal)],
        };
        RegionNames = (await regions.ListAsync(cancellationToken: cancellationToken))
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ValidFrom).First().Name, StringComparer.Ordinal);
        if (await site.CooperationAsync(cancellationToken) is { } cooperation)
        {
            StatedTotals = [.. cooperation.Definition.Facts.Where(f => f.Id.Contains("pendl", StringComparison.Ordinal))];
        }

        await LoadSharesAsync(ofSource, cancellationToken);
    }

    public string Name(string key) => RegionNames.GetValueOrDefault(key, key);

    /// <summary>The total of a source in a year, or null.</summary>
    public CommutingTotal? Total(string source, int year) => Totals.FirstOrDefault(t => t.Source == source && t.Year == year);

    private async Task LoadSharesAsync(List<CommutingFlow> ofSource, CancellationToken cancellationToken)
    {
        if (Year is not { } year || await site.StrategyAsync(null, null, cancellationToken) is not { } strategy || strategy.Definition.Region is null)
        {
            return;
        }

        var municipalities = await Municipalities.IndexModel.MunicipalitiesAsync(regions, IndicatorAnalysisService.RegionOf(strategy.Definition), null, cancellationToken);
        var commuters = CommutingTotals.ByOrigin(ofSource.Where(f => f.Year == year));
        var keys = municipalities.Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
        EmployedMeasure = options.Value.CommutingEmployedMeasure;
        var employed = new Dictionary<string, double>(StringComparer.Ordinal);
        if (EmployedMeasure is { } measure)
        {
            var period = year.ToString(CultureInfo.InvariantCulture);
            employed = await (from o in db.Observations
                              join s in db.ObservationSeries on o.SeriesId equals s.Id
                              where s.MeasureId == measure && s.Breakdown == BreakdownKey.Total && o.Period == period && keys.Contains(s.RegionKey) && o.Value != null
                              select new { s.RegionKey, Value = o.Value!.Value })
                .ToDictionaryAsync(r => r.RegionKey, r => r.Value, StringComparer.Ordinal, cancellationToken);
        }

        Shares = [.. keys
            .Select(k => new CommutingShare(k, Name(k), commuters.GetValueOrDefault(k), employed.TryGetValue(k, out var e) ? e : null))
            .Where(s => commuters.ContainsKey(s.Key))
            .OrderByDescending(s => s.Commuters)];
    }
}

/// <summary>A municipality's residents working in Norway, its employed (when a count is bound and imported) and the share.</summary>
public sealed record CommutingShare(string Key, string Name, double Commuters, double? Employed)
{
    public double? Percent => Employed is > 0 ? 100 * Commuters / Employed : null;
}
