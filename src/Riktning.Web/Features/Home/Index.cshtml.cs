using Riktning.Strategy;
using Riktning.Web.Features.Shared;

namespace Riktning.Web.Features.Home;

public sealed class IndexModel(SiteDefinitions site) : StrategyPage
{
    public int IndicatorsWithSource { get; private set; }

    public int MeasuresWithoutSource { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadStrategyAsync(site, cancellationToken))
        {
            IndicatorsWithSource = Strategy.Indicators.Count(i => i.Measures.Any(m => m.Source.Type != SourceType.None));
            MeasuresWithoutSource = Strategy.Measures.Count(m => m.Source.Type == SourceType.None);
        }
    }
}
