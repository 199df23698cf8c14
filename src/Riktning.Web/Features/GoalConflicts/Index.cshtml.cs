using Riktning.Plans;

namespace Riktning.Web.Features.GoalConflicts;

/// <summary>
/// The goal-conflict view the strategy asks for: interventions judged good for one perspective and bad for another,
/// and, over all of them, which perspectives pull against each other and which goals are involved.
/// </summary>
public sealed class IndexModel(RiktningDb db, PlanningData data) : PageModel
{
    public IReadOnlyList<Intervention> Mixed { get; private set; } = [];

    public IReadOnlyList<PerspectiveTension> Tensions { get; private set; } = [];

    public IReadOnlyDictionary<int, Organisation> Organisations { get; private set; } = new Dictionary<int, Organisation>();

    public IReadOnlyDictionary<string, string> GoalNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> PerspectiveNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The assessments are JSON in each row; the registers hold hundreds of interventions, not millions, so the
        // mixed ones are picked out here rather than in SQL that would differ between SQLite and PostgreSQL.
        var interventions = await db.Interventions.AsNoTracking().OrderBy(i => i.Name).ToListAsync(cancellationToken);
        Mixed = interventions.Where(Riktning.Plans.GoalConflicts.IsMixed).ToList();
        Tensions = Riktning.Plans.GoalConflicts.Tensions(interventions);
        Organisations = await data.OrganisationsByIdAsync(cancellationToken);
        GoalNames = await data.GoalNamesAsync(cancellationToken);
        PerspectiveNames = await data.PerspectiveNamesAsync(cancellationToken);
    }
}
