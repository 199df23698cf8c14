using Riktning.Plans;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Plans;

/// <summary>
/// Creates (<c>/plans/edit</c>) or changes (<c>/plans/edit/5</c>) a plan. Whatever the form offers, the server checks
/// the stored plan and the plan as it would be stored against the user's rights before writing.
/// </summary>
[Authorize]
public sealed class EditModel(PlanningData data, RiktningDb db, IAuthorizationService authorization, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public PlanFields Input { get; set; } = new();

    public int? Id { get; private set; }

    public StrategyDefinition Strategy { get; private set; } = null!;

    public IReadOnlyList<KeyValuePair<string, string>> OrganisationOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (id is null)
        {
            Input.Organisation = OrganisationOptions.Count == 2 ? OrganisationOptions[1].Key : null;
            return Page();
        }

        if (await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, plan, ItemOperations.Edit)).Succeeded)
        {
            return Forbid();
        }

        var keys = await data.OrganisationKeysAsync(cancellationToken);
        Input = new PlanFields
        {
            Organisation = keys.GetValueOrDefault(plan.OrganisationId),
            Name = plan.Name,
            Description = plan.Description,
            StartYear = plan.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EndYear = plan.EndYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Goals = [.. plan.GoalIds],
            KeysForChange = [.. plan.KeyForChangeIds],
            SmartSpecialisations = [.. plan.SmartSpecialisationIds],
            Missions = [.. plan.MissionIds],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Plan? stored = null;
        if (id is not null)
        {
            stored = await db.Plans.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (stored is null)
            {
                return NotFound();
            }

            if (!(await authorization.AuthorizeAsync(User, stored, ItemOperations.Edit)).Succeeded)
            {
                return Forbid();
            }
        }

        var (plan, problems) = PlanValidator.Validate(Input, await data.ReferencesAsync(cancellationToken));
        if (plan is null)
        {
            ProblemText.AddTo(ModelState, nameof(Input), problems, t, await data.PerspectiveNamesAsync(cancellationToken));
            return Page();
        }

        // The plan as it would be stored: an editor cannot move a plan to, or create one for, another organisation.
        if (!(await authorization.AuthorizeAsync(User, plan, stored is null ? ItemOperations.Create : ItemOperations.Edit)).Succeeded)
        {
            return Forbid();
        }

        if (stored is null)
        {
            db.Plans.Add(plan);
            stored = plan;
        }
        else
        {
            (stored.OrganisationId, stored.Name, stored.Description, stored.StartYear, stored.EndYear, stored.GoalIds) =
                (plan.OrganisationId, plan.Name, plan.Description, plan.StartYear, plan.EndYear, plan.GoalIds);
            (stored.KeyForChangeIds, stored.SmartSpecialisationIds, stored.MissionIds) = (plan.KeyForChangeIds, plan.SmartSpecialisationIds, plan.MissionIds);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/plans/{stored.Id}");
    }

    private async Task LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        Strategy = await data.StrategyAsync(cancellationToken);
        var editorOrganisation = OrganisationItemAuthorizationHandler.MayChangeEveryOrganisation(User) ? null : OrganisationItemAuthorizationHandler.OrganisationOf(User);
        var organisations = (await data.OrganisationsAsync(cancellationToken)).Where(o => editorOrganisation is null || o.Id == editorOrganisation);
        OrganisationOptions = [new("", t["Plan.ChooseOrganisation"]), .. organisations.Select(o => new KeyValuePair<string, string>(o.Key, o.Name))];
    }
}
