using Riktning.Analysis;
using Riktning.Plans;

namespace Riktning.Web.Features.Strategy;

public sealed class GoalModel(SiteDefinitions site, ObservationQueries observations, IndicatorAnalysisService analysis, RiktningDb db) : StrategyPage
{
    public Riktning.Strategy.FocusArea Area { get; private set; } = null!;

    public Goal Goal { get; private set; } = null!;

    public IReadOnlyList<NamedItem> Perspectives { get; private set; } = [];

    public IReadOnlyDictionary<string, MeasureDataStatus> Data { get; private set; } = new Dictionary<string, MeasureDataStatus>();

    /// <summary>The assessments of the goal's measures in the strategy's region, counted per indicator and for the goal.</summary>
    public GoalRollup? Rollup { get; private set; }

    /// <summary>The registered interventions linked to this goal.</summary>
    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadStrategyAsync(site, cancellationToken))
        {
            return NotFound();
        }

        var match = Strategy.FocusAreas.SelectMany(a => a.Goals.Select(g => (Area: a, Goal: g))).FirstOrDefault(x => x.Goal.Id == id);
        if (match.Goal is null)
        {
            return NotFound();
        }

        (Area, Goal) = match;
        Perspectives = Strategy.Perspectives.Where(p => Goal.Perspectives.Contains(p.Id)).ToList();
        Data = await observations.StatusAsync(Goal.Indicators.SelectMany(i => i.Measures).Select(m => m.Id), cancellationToken);
        var rollup = await analysis.RollupAsync(Strategy, cancellationToken: cancellationToken);
        Rollup = rollup.FocusAreas.SelectMany(a => a.Goals).FirstOrDefault(g => g.GoalId == Goal.Id);
        // Goal links are JSON in each row; filtered here so the query is the same on SQLite and PostgreSQL.
        Interventions = (await db.Interventions.AsNoTracking().OrderBy(i => i.Name).ToListAsync(cancellationToken)).Where(i => i.GoalIds.Contains(Goal.Id)).ToList();
        return Page();
    }
}
