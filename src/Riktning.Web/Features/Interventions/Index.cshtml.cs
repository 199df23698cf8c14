using Riktning.Plans;

namespace Riktning.Web.Features.Interventions;

/// <summary>The public list of interventions, with the bulk export.</summary>
public sealed class IndexModel(RiktningDb db, PlanningData data) : PageModel
{
    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];

    public IReadOnlyDictionary<int, Organisation> Organisations { get; private set; } = new Dictionary<int, Organisation>();

    public IReadOnlyDictionary<string, string> GoalNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Interventions = await db.Interventions.AsNoTracking().OrderByDescending(i => i.StartDate).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        Organisations = await data.OrganisationsByIdAsync(cancellationToken);
        GoalNames = await data.GoalNamesAsync(cancellationToken);
    }
}
