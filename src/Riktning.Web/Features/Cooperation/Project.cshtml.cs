using Riktning.CrossBorder;

namespace Riktning.Web.Features.Cooperation;

public sealed class ProjectModel(CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions) : PageModel
{
    public CrossBorderProject Project { get; private set; } = null!;

    public CooperationLabels Labels { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await registry.FindProjectAsync(id, cancellationToken) is not { } project)
        {
            return NotFound();
        }

        Project = project;
        Labels = await CooperationLabels.LoadAsync(registry, organisations, regions, cancellationToken);
        return Page();
    }
}
