namespace Riktning.SituationAnalysis;

/// <summary>Plans linked to goals. A plan has no status of its own, so it is read from its years: planned, ongoing or completed in the year analysed.</summary>
public sealed class PlanWorkSource(RiktningDb db) : IGoalWorkSource
{
    public string Kind => "plans";

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<LinkedWork>>> ByGoalAsync(int year, CancellationToken cancellationToken)
    {
        var plans = await (from p in db.Plans.AsNoTracking()
                           join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                           select new { p.Id, p.Name, Organisation = o.Name, p.StartYear, p.EndYear, p.GoalIds })
            .ToListAsync(cancellationToken);
        return plans
            .SelectMany(p => p.GoalIds.Select(goal => (Goal: goal, Work: new LinkedWork(
                p.Id,
                p.Name,
                p.Organisation,
                year < p.StartYear ? "planned" : year > p.EndYear ? "completed" : "ongoing",
                string.Create(CultureInfo.InvariantCulture, $"{p.StartYear}–{p.EndYear}")))))
            .GroupBy(x => x.Goal, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LinkedWork>)[.. g.Select(x => x.Work).OrderBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.Id)], StringComparer.Ordinal);
    }
}
