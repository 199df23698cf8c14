using Riktning.CrossBorder;

namespace Riktning.Web.Features.Cooperation;

public sealed class AgreementsModel(CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions) : PageModel
{
    public IReadOnlyList<CooperationAgreement> Agreements { get; private set; } = [];

    public CooperationLabels Labels { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Labels = await CooperationLabels.LoadAsync(registry, organisations, regions, cancellationToken);
        Agreements = await registry.AgreementsAsync(cancellationToken);
    }
}
