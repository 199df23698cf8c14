using Riktning.Cycles;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Cycles;

/// <summary>A cycle's call for input (<c>/cycles/2026/call</c>): the deadline, the message and who has and has not answered.</summary>
[Authorize]
public sealed class CallModel(CycleRegistry registry, CycleData data, RiktningDb db) : PageModel
{
    public int Year { get; private set; }

    public InputCall? Call { get; private set; }

    public DateOnly? WorkingMeeting { get; private set; }

    public IReadOnlyList<CallRow> Rows { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        Year = year;
        if (await registry.FindAsync(year, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }

        MayEdit = CycleData.MayEdit(User);
        Call = await registry.FindCallAsync(cycle.Id, cancellationToken);
        WorkingMeeting = await db.CycleMeetings.Where(m => m.CycleId == cycle.Id && m.Kind == MeetingKind.WorkingMeeting).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(cancellationToken);
        if (Call is null)
        {
            return Page();
        }

        var organisations = await data.OrganisationsByIdAsync(cancellationToken);
        var callId = Call.Id;
        var answers = await db.InputAnswers.AsNoTracking().Where(a => a.CallId == callId).ToDictionaryAsync(a => a.OrganisationId, cancellationToken);
        var reports = (await db.ProgressReports.AsNoTracking().Where(r => r.CycleId == cycle.Id).Select(r => r.OrganisationId).ToListAsync(cancellationToken))
            .CountBy(id => id).ToDictionary();
        Rows = [.. Call.AddresseeIds.Where(organisations.ContainsKey).Select(id => new CallRow(
                organisations[id], answers.GetValueOrDefault(id), reports.GetValueOrDefault(id), OrganisationItemAuthorizationHandler.MayChange(User, id)))
            .OrderBy(r => r.Answer is not null).ThenBy(r => r.Organisation.Name, StringComparer.Ordinal)];
        return Page();
    }
}
