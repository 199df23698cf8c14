using Riktning.Plans;

namespace Riktning.Web.Features.Plans;

/// <summary>The public list of plans (insats- and handlingsplaner).</summary>
public sealed class IndexModel(RiktningDb db, PlanningData data) : PageModel
{
    public IReadOnlyList<Plan> Plans { get; private set; } = [];

    public IReadOnlyDictionary<int, Organisation> Organisations { get; private set; } = new Dictionary<int, Organisation>();

    public IReadOnlyDictionary<string, string> GoalNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plans = await db.Plans.AsNoTracking().OrderByDescending(p => p.StartYear).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        Organisations = await data.OrganisationsByIdAsync(cancellationToken);
        GoalNames = await data.GoalNamesAsync(cancellationToken);
    }
}
