using Riktning.Plans;

namespace Riktning.Web.Features.Plans;

/// <summary>One plan, its goals and the interventions that belong to it.</summary>
public sealed class DetailsModel(RiktningDb db, PlanningData data) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public Organisation? Owner { get; private set; }

    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> GoalNames { get; private set; } = new Dictionary<string, string>();

    public Riktning.Strategy.StrategyDefinition Strategy { get; private set; } = null!;

    public IReadOnlyList<Riktning.Cycles.PlanTarget> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        Owner = (await data.OrganisationsByIdAsync(cancellationToken)).GetValueOrDefault(plan.OrganisationId);
        Interventions = await db.Interventions.AsNoTracking().Where(i => i.PlanId == id).OrderBy(i => i.Name).ToListAsync(cancellationToken);
        GoalNames = await data.GoalNamesAsync(cancellationToken);
        Strategy = await data.StrategyAsync(cancellationToken);
        Targets = await db.PlanTargets.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Year).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return Page();
    }
}
