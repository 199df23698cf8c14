using Riktning.Plans;

namespace Riktning.Web.Features.Interventions;

/// <summary>One intervention: owner and partners, money, goals and indicators, change logic and perspective assessment.</summary>
public sealed class DetailsModel(RiktningDb db, PlanningData data) : PageModel
{
    public Intervention Intervention { get; private set; } = null!;

    public Plan? Plan { get; private set; }

    public IReadOnlyDictionary<int, Organisation> Organisations { get; private set; } = new Dictionary<int, Organisation>();

    public StrategyDefinition Strategy { get; private set; } = null!;

    /// <summary>The intervention's progress reports, one per cycle year, newest first.</summary>
    public IReadOnlyList<(int Year, Riktning.Cycles.ProgressReport Report)> Progress { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } intervention)
        {
            return NotFound();
        }

        Intervention = intervention;
        Plan = intervention.PlanId is { } planId ? await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken) : null;
        Organisations = await data.OrganisationsByIdAsync(cancellationToken);
        Strategy = await data.StrategyAsync(cancellationToken);
        Progress = [.. (await (from report in db.ProgressReports.AsNoTracking()
                               join cycle in db.AnnualCycles.AsNoTracking() on report.CycleId equals cycle.Id
                               where report.InterventionId == id
                               orderby cycle.Year descending
                               select new { cycle.Year, report }).ToListAsync(cancellationToken)).Select(r => (r.Year, r.report))];
        return Page();
    }
}
