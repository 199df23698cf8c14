using Riktning.Cycles;

namespace Riktning.Web.Features.Cycles;

/// <summary>
/// One year's cycle (<c>/cycles/2026</c>): the three meetings with their documents and outcomes, the call for input and
/// who has answered, and the previous cycle's outcomes with what became of them.
/// </summary>
[Authorize]
public sealed class CycleModel(CycleRegistry registry, CycleData data, RiktningDb db) : PageModel
{
    public CycleOverview Overview { get; private set; } = null!;

    public IReadOnlyDictionary<int, Organisation> Organisations { get; private set; } = new Dictionary<int, Organisation>();

    public OutcomeLinks Links { get; private set; } = null!;

    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        if (await registry.OverviewAsync(year, cancellationToken) is not { } overview)
        {
            return NotFound();
        }

        Overview = overview;
        Organisations = await data.OrganisationsByIdAsync(cancellationToken);
        Links = new OutcomeLinks(
            await data.StrategyAsync(cancellationToken),
            await data.CooperationAsync(cancellationToken),
            await db.Interventions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken));
        MayEdit = CycleData.MayEdit(User);
        return Page();
    }

    public string OrganisationName(int id) => Organisations.GetValueOrDefault(id)?.Name ?? "–";
}
