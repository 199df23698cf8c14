using Riktning.Analysis;

namespace Riktning.Web.Features.Home;

/// <summary>
/// The start page: the strategy, its roll-up and the data status. Anonymous views are served from the rendered HTML
/// (<see cref="PageOutputCache"/>, which also keys on the first-start refresh's progress that the page shows).
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageOutputCache.Policy)]
public sealed class IndexModel(SiteDefinitions site, ObservationQueries observations, IndicatorAnalysisService analysis, RefreshProgress refresh) : StrategyPage
{
    /// <summary>The server's own first-start refresh: its progress, then what failed.</summary>
    public RefreshSnapshot Refresh { get; private set; } = RefreshSnapshot.Idle;

    public int IndicatorsWithSource { get; private set; }

    public int MeasuresWithoutSource { get; private set; }

    public IReadOnlyDictionary<string, MeasureDataStatus> Data { get; private set; } = new Dictionary<string, MeasureDataStatus>();

    /// <summary>The assessments of the strategy's measures in the strategy's region, counted per focus area.</summary>
    public StrategyRollup? Rollup { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Refresh = refresh.Current;
        if (await LoadStrategyAsync(site, cancellationToken))
        {
            Data = await observations.StatusAsync(Strategy.Measures.Select(m => m.Id), cancellationToken);
            IndicatorsWithSource = Strategy.Indicators.Count(i => i.Measures.Any(m => m.Source.Type != SourceType.None));
            MeasuresWithoutSource = Strategy.Measures.Count(m => m.Source.Type == SourceType.None);
            Rollup = await analysis.RollupAsync(Strategy, cancellationToken: cancellationToken);
        }
    }
}
