using Microsoft.AspNetCore.Mvc;
using Riktning.Analysis;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Strategy;
using Riktning.Web.Features.Shared;

namespace Riktning.Web.Features.Strategy;

public sealed class IndicatorModel(SiteDefinitions site, ObservationQueries observations, RegionRegistry regions, IndicatorAnalysisService analysis) : StrategyPage
{
    public Riktning.Strategy.FocusArea Area { get; private set; } = null!;

    public Goal Goal { get; private set; } = null!;

    public Indicator Indicator { get; private set; } = null!;

    public IReadOnlyDictionary<string, MeasureDataStatus> Data { get; private set; } = new Dictionary<string, MeasureDataStatus>();

    /// <summary>Per measure with data: every region's total in the latest period.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LatestValue>> Latest { get; private set; } = new Dictionary<string, IReadOnlyList<LatestValue>>();

    /// <summary>Per measure with data: Värmland's trend against the baseline.</summary>
    public IReadOnlyDictionary<string, MeasureAnalysis> Analyses { get; private set; } = new Dictionary<string, MeasureAnalysis>();

    /// <summary>Region names by key, for the tables.</summary>
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
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
        Data = await observations.StatusAsync(Indicator.Measures.Select(m => m.Id), cancellationToken);
        var latest = new Dictionary<string, IReadOnlyList<LatestValue>>(StringComparer.Ordinal);
        foreach (var measureId in Data.Keys)
        {
            latest[measureId] = await observations.LatestTotalsAsync(measureId, cancellationToken);
        }

        Latest = latest;
        var analyses = new Dictionary<string, MeasureAnalysis>(StringComparer.Ordinal);
        var baseline = Strategy.Revision.BaselineYear ?? IndicatorAnalysisService.DefaultBaselineYear;
        foreach (var measure in Indicator.Measures.Where(m => Data.ContainsKey(m.Id)))
        {
            analyses[measure.Id] = await analysis.AnalyseMeasureAsync(measure, Indicator.Direction, baseline, cancellationToken: cancellationToken);
        }

        Analyses = analyses;
        if (latest.Count > 0)
        {
            // Names as they were at the end of the period shown; a code that changed later keeps its old name.
            RegionNames = (await regions.ListAsync(cancellationToken: cancellationToken))
                .GroupBy(r => r.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ValidFrom).First().Name, StringComparer.Ordinal);
        }

        return Page();
    }
}
