using Riktning.Cycles;
using Riktning.Plans;
using Riktning.Web.Features.Accounts;
using Riktning.Web.Features.Plans;

namespace Riktning.Web.Features.Cycles;

/// <summary>
/// A plan's own targets (<c>/plans/5/targets</c>): add one (figure, unit, year not before the plan starts, optionally a
/// measure of the strategy) or delete one. Written by whoever may change the plan: its organisation's editors,
/// analysts and administrators.
/// </summary>
[Authorize]
public sealed class TargetsModel(CycleRegistry registry, CycleData data, RiktningDb db, IAuthorizationService authorization, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public TargetFields Input { get; set; } = new();

    public Plan Plan { get; private set; } = null!;

    public StrategyDefinition Strategy { get; private set; } = null!;

    public IReadOnlyList<PlanTarget> Targets { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> MeasureOptions { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!MayEdit)
        {
            return Forbid();
        }

        var (target, problems) = await registry.AddTargetAsync(Plan, Input, Strategy, cancellationToken);
        if (target is null)
        {
            ProblemText.AddTo(ModelState, "Input", problems, t);
            return Page();
        }

        return Redirect($"/plans/{id.ToString(CultureInfo.InvariantCulture)}/targets");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int targetId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || await registry.FindTargetAsync(id, targetId, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        if (!MayEdit)
        {
            return Forbid();
        }

        await registry.DeleteAsync(target, cancellationToken);
        return Redirect($"/plans/{id.ToString(CultureInfo.InvariantCulture)}/targets");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        Strategy = await data.StrategyAsync(cancellationToken);
        Targets = await registry.TargetsAsync(id, cancellationToken);
        MayEdit = (await authorization.AuthorizeAsync(User, plan, ItemOperations.Edit)).Succeeded;
        MeasureOptions =
        [
            new("", t["Target.NoMeasure"]),
            .. Strategy.Indicators.SelectMany(i => i.Measures.Select(m => new KeyValuePair<string, string>(m.Id, $"{LocalizedHtml.Plain(i.Name)} – {LocalizedHtml.Plain(m.Name)}"))),
        ];
        return true;
    }
}
