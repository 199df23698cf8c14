using Riktning.Cycles;
using Riktning.Plans;
using Riktning.Web.Features.Plans;

namespace Riktning.Web.Features.Cycles;

/// <summary>
/// Records (<c>…/meetings/4/outcomes/edit</c>), changes or deletes an outcome of a meeting, linked to goals,
/// indicators, interventions or cooperation areas, with its owner, follow-up date and follow-up status. Analysts and
/// administrators only.
/// </summary>
[Authorize(Roles = CycleData.EditorRoles)]
public sealed class OutcomeEditModel(CycleRegistry registry, CycleData data, RiktningDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public OutcomeFields Input { get; set; } = new();

    public int Year { get; private set; }

    public int? Id { get; private set; }

    public CycleMeeting Meeting { get; private set; } = null!;

    public StrategyDefinition Strategy { get; private set; } = null!;

    public StrategyDefinition? Cooperation { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> KindOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> StatusOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> OrganisationOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> InterventionOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, int meetingId, int? id, CancellationToken cancellationToken)
    {
        var (found, outcome) = await LoadAsync(year, meetingId, id, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        if (outcome is not null)
        {
            var keys = (await data.OrganisationsAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Key);
            var interventionKeys = await db.Interventions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Key, cancellationToken);
            Input = new OutcomeFields
            {
                Kind = PlanningSpelling.Format(outcome.Kind),
                Text = outcome.Text,
                Owner = keys.GetValueOrDefault(outcome.OwnerOrganisationId),
                FollowUpDate = outcome.FollowUpDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                FollowUpStatus = PlanningSpelling.Format(outcome.FollowUpStatus),
                FollowUpNote = outcome.FollowUpNote,
                Goals = [.. outcome.GoalIds],
                Indicators = [.. outcome.IndicatorIds],
                Interventions = [.. outcome.InterventionIds.Select(i => interventionKeys.GetValueOrDefault(i, ""))],
                CooperationAreas = [.. outcome.CooperationAreaIds],
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, int meetingId, int? id, CancellationToken cancellationToken)
    {
        var (found, outcome) = await LoadAsync(year, meetingId, id, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        var (saved, problems) = await registry.SaveOutcomeAsync(Meeting, outcome, Input, await data.ReferencesAsync(cancellationToken), cancellationToken);
        if (saved is null)
        {
            ProblemText.AddTo(ModelState, "Input", problems, t);
            return Page();
        }

        return Redirect($"/cycles/{year.ToString(CultureInfo.InvariantCulture)}#meeting-{PlanningSpelling.Format(Meeting.Kind)}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int year, int meetingId, int? id, CancellationToken cancellationToken)
    {
        var (found, outcome) = await LoadAsync(year, meetingId, id, cancellationToken);
        if (!found || outcome is null)
        {
            return NotFound();
        }

        await registry.DeleteAsync(outcome, cancellationToken);
        return Redirect($"/cycles/{year.ToString(CultureInfo.InvariantCulture)}#meeting-{PlanningSpelling.Format(Meeting.Kind)}");
    }

    private async Task<(bool Found, MeetingOutcome? Outcome)> LoadAsync(int year, int meetingId, int? id, CancellationToken cancellationToken)
    {
        Year = year;
        Id = id;
        Strategy = await data.StrategyAsync(cancellationToken);
        Cooperation = await data.CooperationAsync(cancellationToken);
        KindOptions = [new("", t["Outcome.ChooseKind"]), .. ProblemText.Options<OutcomeKind>(t, "Outcome.Kind")];
        StatusOptions = [.. ProblemText.Options<FollowUpStatus>(t, "Outcome.Status")];
        OrganisationOptions = [new("", t["Plan.ChooseOrganisation"]), .. await data.OrganisationOptionsAsync(cancellationToken)];
        InterventionOptions = await db.Interventions.AsNoTracking().OrderBy(i => i.Name).Select(i => new KeyValuePair<string, string>(i.Key, i.Name)).ToListAsync(cancellationToken);
        if (await registry.FindAsync(year, cancellationToken) is not { } cycle || await registry.FindMeetingAsync(cycle.Id, meetingId, cancellationToken) is not { } meeting)
        {
            return (false, null);
        }

        Meeting = meeting;
        if (id is null)
        {
            return (true, null);
        }

        var outcome = await registry.FindOutcomeAsync(meetingId, id.Value, cancellationToken);
        return (outcome is not null, outcome);
    }
}
