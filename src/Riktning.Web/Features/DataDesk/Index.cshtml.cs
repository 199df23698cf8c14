namespace Riktning.Web.Features.DataDesk;

/// <summary>
/// The data desk: every measure of the loaded strategies with its bound source, latest period, last import batch and
/// last refresh result (this process's; a failed refresh stores no batch), each linking to its own desk page.
/// </summary>
[Authorize(Roles = DeskAccess.Roles)]
public sealed class IndexModel(StrategyCatalog catalog, ObservationQueries queries, ImportHistory history, RefreshProgress refreshes) : PageModel
{
    public IReadOnlyList<DeskMeasure> Measures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var measures = (await catalog.CurrentAsync(cancellationToken))
            .Where(d => d.Definition.Kind == DefinitionKind.Strategy)
            .SelectMany(d => d.Definition.Measures)
            .DistinctBy(m => m.Id)
            .ToList();
        var status = await queries.StatusAsync(measures.Select(m => m.Id), cancellationToken);
        var lastBatches = (await history.ListAsync(cancellationToken: cancellationToken))
            .Where(b => b.MeasureId is not null)
            .GroupBy(b => b.MeasureId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Measures = [.. measures.Select(m => new DeskMeasure(m, status.GetValueOrDefault(m.Id), lastBatches.GetValueOrDefault(m.Id), refreshes.Latest.GetValueOrDefault(m.Id)))];
    }
}
