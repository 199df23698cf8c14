using Riktning.Plans;
using Riktning.Web.Features.Accounts;
using Riktning.Web.Features.Plans;

namespace Riktning.Web.Features.Interventions;

/// <summary>
/// Registers (<c>/interventions/edit</c>) or changes (<c>/interventions/edit/5</c>) an intervention. The server checks
/// the stored intervention and the intervention as it would be stored against the user's rights before writing.
/// </summary>
[Authorize]
public sealed class EditModel(PlanningData data, RiktningDb db, IAuthorizationService authorization, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InterventionFields Input { get; set; } = new();

    public int? Id { get; private set; }

    public StrategyDefinition Strategy { get; private set; } = null!;

    public IReadOnlyList<KeyValuePair<string, string>> OrganisationOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> PartnerOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> PlanOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> StatusOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (id is null)
        {
            Input.Organisation = OrganisationOptions.Count == 2 ? OrganisationOptions[1].Key : null;
            Input.Status = "planned";
            return Page();
        }

        if (await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } intervention)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, intervention, ItemOperations.Edit)).Succeeded)
        {
            return Forbid();
        }

        Input = InterventionFields.From(intervention, await data.OrganisationKeysAsync(cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Intervention? stored = null;
        if (id is not null)
        {
            stored = await db.Interventions.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (stored is null)
            {
                return NotFound();
            }

            if (!(await authorization.AuthorizeAsync(User, stored, ItemOperations.Edit)).Succeeded)
            {
                return Forbid();
            }
        }

        var (intervention, problems) = InterventionValidator.Validate(Input, await data.ReferencesAsync(cancellationToken));
        var key = Input.Key?.Trim();
        if (intervention is not null && await db.Interventions.AnyAsync(i => i.Key == key && i.Id != (id ?? 0), cancellationToken))
        {
            problems = [new FieldProblem("Key", "Intervention.KeyTaken")];
            intervention = null;
        }

        if (intervention is null)
        {
            ProblemText.AddTo(ModelState, nameof(Input), problems, t, await data.PerspectiveNamesAsync(cancellationToken));
            return Page();
        }

        // The intervention as it would be stored: an editor cannot create one for, or move one to, another organisation.
        if (!(await authorization.AuthorizeAsync(User, intervention, stored is null ? ItemOperations.Create : ItemOperations.Edit)).Succeeded)
        {
            return Forbid();
        }

        if (stored is null)
        {
            db.Interventions.Add(intervention);
            stored = intervention;
        }
        else
        {
            InterventionValidator.CopyTo(intervention, stored);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/interventions/{stored.Id}");
    }

    private async Task LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        Strategy = await data.StrategyAsync(cancellationToken);
        var organisations = await data.OrganisationsAsync(cancellationToken);
        var editorOrganisation = OrganisationItemAuthorizationHandler.MayChangeEveryOrganisation(User) ? null : OrganisationItemAuthorizationHandler.OrganisationOf(User);
        OrganisationOptions = [new("", t["Intervention.ChooseOrganisation"]), .. organisations.Where(o => editorOrganisation is null || o.Id == editorOrganisation).Select(o => new KeyValuePair<string, string>(o.Key, o.Name))];
        PartnerOptions = organisations.Select(o => new KeyValuePair<string, string>(o.Key, o.Name)).ToList();
        var plans = await db.Plans.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.StartYear, p.EndYear }).ToListAsync(cancellationToken);
        PlanOptions = [new("", t["Intervention.NoPlan"]), .. plans.Select(p => new KeyValuePair<string, string>(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{p.Name} ({p.StartYear}–{p.EndYear})"))];
        StatusOptions = [.. ProblemText.Options<InterventionStatus>(t, "Intervention.Status")];
    }
}
