using Riktning.Cycles;
using Riktning.Web.Features.Plans;

namespace Riktning.Web.Features.Cycles;

/// <summary>
/// Creates or changes a cycle's call for input; a new call is addressed to the regional leadership by default. The
/// deadline may not be after the working meeting. Analysts and administrators only.
/// </summary>
[Authorize(Roles = CycleData.EditorRoles)]
public sealed class CallEditModel(CycleRegistry registry, CycleData data, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public CallFields Input { get; set; } = new();

    public int Year { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> OrganisationOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        if (await LoadAsync(year, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }

        if (await registry.FindCallAsync(cycle.Id, cancellationToken) is { } call)
        {
            var keys = (await data.OrganisationsAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Key);
            Input = new CallFields
            {
                Deadline = call.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Message = call.Message,
                Addressees = [.. call.AddresseeIds.Select(id => keys.GetValueOrDefault(id, ""))],
            };
        }
        else
        {
            Input.Addressees = [.. (await data.LeadershipAsync(cancellationToken)).Select(o => o.Key)];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken cancellationToken)
    {
        if (await LoadAsync(year, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }

        var (call, problems) = await registry.SaveCallAsync(cycle, Input, await data.OrganisationIdsAsync(cancellationToken), cancellationToken);
        if (call is null)
        {
            ProblemText.AddTo(ModelState, "Input", problems, t);
            return Page();
        }

        return Redirect($"/cycles/{year.ToString(CultureInfo.InvariantCulture)}/call");
    }

    private async Task<AnnualCycle?> LoadAsync(int year, CancellationToken cancellationToken)
    {
        Year = year;
        OrganisationOptions = await data.OrganisationOptionsAsync(cancellationToken);
        return await registry.FindAsync(year, cancellationToken);
    }
}
