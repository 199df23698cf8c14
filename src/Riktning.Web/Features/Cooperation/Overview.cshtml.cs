using Riktning.CrossBorder;

namespace Riktning.Web.Features.Cooperation;

public sealed class OverviewModel(CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions) : PageModel
{
    public ProjectOverview Overview { get; private set; } = null!;

    public CooperationLabels Labels { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Labels = await CooperationLabels.LoadAsync(registry, organisations, regions, cancellationToken);
        Overview = await registry.OverviewAsync(cancellationToken);
    }
}
