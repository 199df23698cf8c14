using Riktning.CrossBorder;

namespace Riktning.Web.Features.Cooperation;

public sealed class ActivitiesModel(CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions) : PageModel
{
    public IReadOnlyList<CrossBorderActivity> Activities { get; private set; } = [];

    public IReadOnlyDictionary<int, string> ProjectNames { get; private set; } = new Dictionary<int, string>();

    public CooperationLabels Labels { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Labels = await CooperationLabels.LoadAsync(registry, organisations, regions, cancellationToken);
        Activities = await registry.ActivitiesAsync(cancellationToken);
        ProjectNames = (await registry.ListAsync(new ProjectQuery(), cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
    }
}
