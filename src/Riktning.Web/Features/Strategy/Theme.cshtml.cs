using Riktning.Cycles;

namespace Riktning.Web.Features.Strategy;

/// <summary>
/// A key for change, smart specialisation or mission of the current strategy, with the plans, interventions and
/// cross-border projects linked to it (<c>/keys-for-change/vi-leder-modigt</c>, <c>/smart-specialisations/…</c>, <c>/missions/…</c>).
/// </summary>
public sealed class ThemeModel(SiteDefinitions site, CycleQueries queries, OrganisationRegistry organisations, IStringLocalizer<SharedResource> t) : PageModel
{
    public NamedItem Item { get; private set; } = null!;

    public string KindName { get; private set; } = "";

    public ThemeUsage Usage { get; private set; } = null!;

    public IReadOnlyDictionary<int, string> OrganisationNames { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(string kind, string id, CancellationToken cancellationToken)
    {
        if (!ThemeRoutes.TryParse(kind, out var themeKind)
            || (await site.StrategyAsync(null, cancellationToken))?.Definition is not { } strategy
            || ThemeLinks.Items(strategy, themeKind).FirstOrDefault(i => i.Id == id) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        KindName = themeKind switch
        {
            ThemeKind.KeyForChange => t["Theme.KeyForChange"],
            ThemeKind.SmartSpecialisation => t["Theme.SmartSpecialisation"],
            _ => t["Theme.Mission"],
        };
        Usage = await queries.LinkedToAsync(themeKind, id, cancellationToken);
        OrganisationNames = (await organisations.ListAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Name);
        return Page();
    }
}
