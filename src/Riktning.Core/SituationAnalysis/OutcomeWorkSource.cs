using Riktning.Cycles;
using Riktning.Plans;

namespace Riktning.SituationAnalysis;

/// <summary>
/// The outcomes of the previous cycle (year − 1) linked to a goal or to one of its indicators, with what became of
/// them: the analysis of a year starts from what the last direction meeting concluded.
/// </summary>
public sealed class OutcomeWorkSource(RiktningDb db, CycleQueries cycles, StrategyCatalog catalog) : IGoalWorkSource
{
    public string Kind => "outcomes";

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<LinkedWork>>> ByGoalAsync(int year, CancellationToken cancellationToken)
    {
        var outcomes = await cycles.OutcomesOfYearAsync(year - 1, cancellationToken);
        if (outcomes.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<LinkedWork>>(StringComparer.Ordinal);
        }

        // An outcome linked to an indicator counts under the indicator's goal.
        var goalOfIndicator = (await catalog.CurrentAsync(cancellationToken))
            .SelectMany(d => d.Definition.Goals.SelectMany(g => g.Indicators.Select(i => (Indicator: i.Id, Goal: g.Id))))
            .DistinctBy(x => x.Indicator)
            .ToDictionary(x => x.Indicator, x => x.Goal, StringComparer.Ordinal);
        var owners = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return outcomes
            .SelectMany(r => r.Outcome.GoalIds
                .Concat(r.Outcome.IndicatorIds.Select(i => goalOfIndicator.GetValueOrDefault(i)).OfType<string>())
                .Distinct(StringComparer.Ordinal)
                .Select(goal => (Goal: goal, Work: new LinkedWork(
                    r.Outcome.Id,
                    r.Outcome.Text,
                    owners.GetValueOrDefault(r.Outcome.OwnerOrganisationId, ""),
                    "Outcome.Status." + PlanningSpelling.Format(r.Outcome.FollowUpStatus),
                    r.Outcome.FollowUpDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    r.Outcome.FollowUpNote))))
            .GroupBy(x => x.Goal, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LinkedWork>)[.. g.Select(x => x.Work).OrderBy(w => w.Id)], StringComparer.Ordinal);
    }
}
