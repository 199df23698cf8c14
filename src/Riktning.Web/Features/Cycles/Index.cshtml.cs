using Riktning.Cycles;

namespace Riktning.Web.Features.Cycles;

/// <summary>The annual cycles, newest first.</summary>
[Authorize]
public sealed class IndexModel(CycleRegistry registry) : PageModel
{
    public IReadOnlyList<AnnualCycle> Cycles { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cycles = await registry.ListAsync(cancellationToken);
        MayEdit = CycleData.MayEdit(User);
    }
}
