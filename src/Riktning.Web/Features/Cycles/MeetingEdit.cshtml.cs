using Riktning.Cycles;
using Riktning.Plans;
using Riktning.Web.Features.Plans;

namespace Riktning.Web.Features.Cycles;

/// <summary>Plans (<c>/cycles/2026/meetings/edit?kind=working-meeting</c>) or changes a meeting of a cycle. Analysts and administrators only.</summary>
[Authorize(Roles = CycleData.EditorRoles)]
public sealed class MeetingEditModel(CycleRegistry registry, CycleData data, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public MeetingFields Input { get; set; } = new();

    public int Year { get; private set; }

    public int? Id { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> KindOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> OrganisationOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, int? id, string? kind, CancellationToken cancellationToken)
    {
        var (_, meeting, found) = await LoadAsync(year, id, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        if (meeting is null)
        {
            Input.Kind = kind;
            Input.Invited = [.. (await data.LeadershipAsync(cancellationToken)).Select(o => o.Key)];
            return Page();
        }

        var keys = (await data.OrganisationsAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Key);
        Input = new MeetingFields
        {
            Kind = PlanningSpelling.Format(meeting.Kind),
            Date = meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Place = meeting.Place,
            Agenda = meeting.Agenda,
            Invited = [.. meeting.InvitedIds.Select(i => keys.GetValueOrDefault(i, ""))],
            Present = [.. meeting.PresentIds.Select(i => keys.GetValueOrDefault(i, ""))],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, int? id, CancellationToken cancellationToken)
    {
        var (cycle, meeting, found) = await LoadAsync(year, id, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        var (saved, problems) = await registry.SaveMeetingAsync(cycle!, meeting, Input, await data.OrganisationIdsAsync(cancellationToken), cancellationToken);
        if (saved is null)
        {
            ProblemText.AddTo(ModelState, "Input", problems, t);
            return Page();
        }

        return Redirect($"/cycles/{year.ToString(CultureInfo.InvariantCulture)}#meeting-{PlanningSpelling.Format(saved.Kind)}");
    }

    private async Task<(AnnualCycle? Cycle, CycleMeeting? Meeting, bool Found)> LoadAsync(int year, int? id, CancellationToken cancellationToken)
    {
        Year = year;
        Id = id;
        KindOptions = [new("", t["Meeting.ChooseKind"]), .. ProblemText.Options<MeetingKind>(t, "Meeting.Kind")];
        OrganisationOptions = await data.OrganisationOptionsAsync(cancellationToken);
        if (await registry.FindAsync(year, cancellationToken) is not { } cycle)
        {
            return (null, null, false);
        }

        if (id is null)
        {
            return (cycle, null, true);
        }

        var meeting = await registry.FindMeetingAsync(cycle.Id, id.Value, cancellationToken);
        return (cycle, meeting, meeting is not null);
    }

}
