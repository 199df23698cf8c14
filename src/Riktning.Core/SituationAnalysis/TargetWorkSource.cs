namespace Riktning.SituationAnalysis;

/// <summary>
/// The actors' own targets (<see cref="Cycles.PlanTarget"/>) of the plans linked to a goal: figure, unit and year, and
/// whether the year analysed is before or past the target year.
/// </summary>
public sealed class TargetWorkSource(RiktningDb db) : IGoalWorkSource
{
    public string Kind => "targets";

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<LinkedWork>>> ByGoalAsync(int year, CancellationToken cancellationToken)
    {
        var targets = await (from t in db.PlanTargets.AsNoTracking()
                             join p in db.Plans.AsNoTracking() on t.PlanId equals p.Id
                             join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                             select new { t.Id, t.Description, t.Value, t.Unit, t.Year, t.MeasureId, Plan = p.Name, p.GoalIds, Organisation = o.Name })
            .ToListAsync(cancellationToken);
        return targets
            .SelectMany(t => t.GoalIds.Select(goal => (Goal: goal, Work: new LinkedWork(
                t.Id,
                string.Create(CultureInfo.InvariantCulture, $"{t.Plan}: {t.Description} ({t.Value:0.##} {t.Unit})"),
                t.Organisation,
                year < t.Year ? "planned" : "completed",
                t.Year.ToString(CultureInfo.InvariantCulture),
                t.MeasureId))))
            .GroupBy(x => x.Goal, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LinkedWork>)[.. g.Select(x => x.Work).OrderBy(w => w.Period, StringComparer.Ordinal).ThenBy(w => w.Id)], StringComparer.Ordinal);
    }
}
