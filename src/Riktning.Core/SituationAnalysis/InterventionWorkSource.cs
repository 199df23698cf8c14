namespace Riktning.SituationAnalysis;

/// <summary>Interventions linked to goals with their registered status and dates; those that start after the year analysed are left out.</summary>
public sealed class InterventionWorkSource(RiktningDb db) : IGoalWorkSource
{
    public string Kind => "interventions";

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<LinkedWork>>> ByGoalAsync(int year, CancellationToken cancellationToken)
    {
        var firstAfter = new DateOnly(year + 1, 1, 1);
        var interventions = await (from i in db.Interventions.AsNoTracking()
                                   join o in db.Organisations.AsNoTracking() on i.OrganisationId equals o.Id
                                   where i.StartDate < firstAfter
                                   select new { i.Id, i.Name, Organisation = o.Name, i.Status, i.StartDate, i.EndDate, i.GoalIds })
            .ToListAsync(cancellationToken);
        // The progress each intervention reported in the call for input of this year's cycle, if it did.
        var reported = await (from r in db.ProgressReports.AsNoTracking()
                              join c in db.AnnualCycles.AsNoTracking() on r.CycleId equals c.Id
                              where c.Year == year && r.InterventionId != null
                              select new { r.InterventionId, r.Status })
            .ToDictionaryAsync(r => r.InterventionId!.Value, r => "Progress.Status." + Plans.PlanningSpelling.Format(r.Status), cancellationToken);
        return interventions
            .SelectMany(i => i.GoalIds.Select(goal => (Goal: goal, Work: new LinkedWork(
                i.Id,
                i.Name,
                i.Organisation,
                i.Status.ToString().ToLowerInvariant(),
                string.Create(CultureInfo.InvariantCulture, $"{i.StartDate:yyyy-MM-dd} – {i.EndDate:yyyy-MM-dd}"),
                reported.GetValueOrDefault(i.Id)))))
            .GroupBy(x => x.Goal, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LinkedWork>)[.. g.Select(x => x.Work).OrderBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.Id)], StringComparer.Ordinal);
    }
}
