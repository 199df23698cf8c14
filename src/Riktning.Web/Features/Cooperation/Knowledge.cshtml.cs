using Riktning.CrossBorder;

namespace Riktning.Web.Features.Cooperation;

/// <summary>The knowledge base: reports, studies and links about the border region, searchable by text, area and kind.</summary>
public sealed class KnowledgeModel(CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public string? CooperationArea { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    public IReadOnlyList<KnowledgeItem> Items { get; private set; } = [];

    public CooperationLabels Labels { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Labels = await CooperationLabels.LoadAsync(registry, organisations, regions, cancellationToken);
        Items = await registry.KnowledgeAsync(Text, CooperationArea, Codes.TryParse<KnowledgeKind>(Kind, out var kind) ? kind : null, cancellationToken);
    }
}
