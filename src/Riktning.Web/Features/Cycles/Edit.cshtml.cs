using Riktning.Cycles;
using Riktning.Web.Features.Plans;

namespace Riktning.Web.Features.Cycles;

/// <summary>Creates (<c>/cycles/edit</c>) or changes (<c>/cycles/edit/3</c>) an annual cycle; one per year. Analysts and administrators only.</summary>
[Authorize(Roles = CycleData.EditorRoles)]
public sealed class EditModel(CycleRegistry registry, RiktningDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public CycleFields Input { get; set; } = new();

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            Input.Year = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        if (await db.AnnualCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }

        Input = new CycleFields { Year = cycle.Year.ToString(CultureInfo.InvariantCulture), Notes = cycle.Notes };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        AnnualCycle? stored = null;
        if (id is not null && (stored = await db.AnnualCycles.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)) is null)
        {
            return NotFound();
        }

        var (cycle, problems) = await registry.SaveCycleAsync(stored, Input, cancellationToken);
        if (cycle is null)
        {
            ProblemText.AddTo(ModelState, "Input", problems, t);
            return Page();
        }

        return Redirect($"/cycles/{cycle.Year.ToString(CultureInfo.InvariantCulture)}");
    }
}
