using Riktning.Reviews;
using Riktning.Text;

namespace Riktning.Web.Features.Reviews;

/// <summary>
/// <c>/revisions/compare?strategy=…&amp;from=1&amp;to=2</c>: two revisions of a strategy side by side, every indicator
/// of either with what was added, dropped, renamed and rebound. Public, like the revisions themselves. Without numbers
/// it compares the current revision with the one before.
/// </summary>
public sealed class CompareModel(StrategyCatalog catalog, SiteDefinitions site) : PageModel
{
    public string StrategyId { get; private set; } = "";

    public IReadOnlyList<int> Numbers { get; private set; } = [];

    public int From { get; private set; }

    public int To { get; private set; }

    public RevisionComparison? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? strategy, int? from, int? to, CancellationToken cancellationToken)
    {
        var id = strategy ?? (await site.StrategyAsync(null, cancellationToken))?.Definition.Id;
        var revisions = (await catalog.ListAsync(cancellationToken)).Where(r => r.DefinitionId == id && r.Kind == DefinitionKind.Strategy).ToList();
        if (id is null || revisions.Count == 0)
        {
            return NotFound();
        }

        StrategyId = id;
        Numbers = [.. revisions.Select(r => r.Number)];
        To = to ?? Numbers[^1];
        From = from ?? Numbers.Where(n => n < To).DefaultIfEmpty(To).Max();
        var before = await catalog.GetAsync(id, From, cancellationToken);
        var after = await catalog.GetAsync(id, To, cancellationToken);
        if (before is null || after is null)
        {
            return NotFound();
        }

        Comparison = RevisionComparison.Compare(before.Definition, after.Definition);
        return Page();
    }

    public static LocalizedText? GoalName(StrategyDefinition definition, string? goalId) => definition.Goals.FirstOrDefault(g => g.Id == goalId)?.Name;
}
