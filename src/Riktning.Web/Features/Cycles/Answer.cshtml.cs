using Riktning.Cycles;
using Riktning.Plans;
using Riktning.Web.Features.Accounts;
using Riktning.Web.Features.Plans;

namespace Riktning.Web.Features.Cycles;

/// <summary>
/// An organisation's answer to the call for input (<c>/cycles/2026/call/answer/arvika-kommun</c>): per plan and
/// intervention of its own a status, its follow-up and what it needs. Editors answer for their own organisation
/// only, analysts and administrators for any addressee; checked on the server for every request.
/// </summary>
[Authorize]
public sealed class AnswerModel(CycleRegistry registry, CycleData data, IAuthorizationService authorization, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public AnswerFields Input { get; set; } = new();

    public int Year { get; private set; }

    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<AnswerItem> Items { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> StatusOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, string organisation, CancellationToken cancellationToken)
    {
        var (call, result) = await LoadAsync(year, organisation, cancellationToken);
        if (call is null)
        {
            return result!;
        }

        var (answer, reports) = await registry.AnswerOfAsync(call, Organisation.Id, cancellationToken);
        Input.Needs = answer?.Needs;
        foreach (var report in reports)
        {
            var key = AnswerFields.ItemKey(report.PlanId, report.InterventionId);
            Input.Statuses[key] = PlanningSpelling.Format(report.Status);
            Input.FollowUps[key] = report.FollowUp;
            Input.ItemNeeds[key] = report.Needs;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, string organisation, CancellationToken cancellationToken)
    {
        var (call, result) = await LoadAsync(year, organisation, cancellationToken);
        if (call is null)
        {
            return result!;
        }

        var problems = await registry.SaveAnswerAsync(call, Organisation.Id, Input, cancellationToken);
        if (problems.Count > 0)
        {
            ProblemText.AddTo(ModelState, "Input", problems, t);
            return Page();
        }

        return Redirect($"/cycles/{year.ToString(CultureInfo.InvariantCulture)}/call");
    }

    /// <summary>The call, or the result to return instead: 404 for an unknown cycle, call or addressee, 403 for another organisation's editor.</summary>
    private async Task<(InputCall? Call, IActionResult? Result)> LoadAsync(int year, string organisationKey, CancellationToken cancellationToken)
    {
        Year = year;
        StatusOptions = [new("", t["Answer.NotReported"]), .. ProblemText.Options<ProgressStatus>(t, "Progress.Status")];
        var organisation = (await data.OrganisationsAsync(cancellationToken)).FirstOrDefault(o => o.Key == organisationKey);
        if (organisation is null || await registry.FindAsync(year, cancellationToken) is not { } cycle
            || await registry.FindCallAsync(cycle.Id, cancellationToken) is not { } call || !call.AddresseeIds.Contains(organisation.Id))
        {
            return (null, NotFound());
        }

        if (!(await authorization.AuthorizeAsync(User, new InputAnswer { CallId = call.Id, OrganisationId = organisation.Id }, ItemOperations.Edit)).Succeeded)
        {
            return (null, Forbid());
        }

        Organisation = organisation;
        var (plans, interventions) = await registry.ItemsOfAsync(organisation.Id, cancellationToken);
        Items = [.. plans.Select(p => new AnswerItem(AnswerFields.ItemKey(p.Id, null), p.Name, true)), .. interventions.Select(i => new AnswerItem(AnswerFields.ItemKey(null, i.Id), i.Name, false))];
        return (call, null);
    }
}
