using Riktning.Importing.JsonStat;
using Riktning.Importing.PxWeb;
using Riktning.Importing.Sources;

namespace Riktning.CrossBorder.Commuting;

/// <summary>
/// Fetches a commuting table from a PxWeb API v1 source as json-stat2 (one POST through the source's
/// <see cref="SourceTransport"/>, which keeps to its call limit: 10 calls per 10 s for the Nordic Statistics database)
/// and imports it as <see cref="CommutingImporter.ImportTableAsync"/> does a saved file: the same reader, the same checks
/// (registry codes, validity periods, a destination outside the registry refused naming the row and the code), one
/// transaction, nothing stored on any problem. Run it through <c>RefreshCoordinator.RunCommutingAsync</c>.
/// </summary>
public sealed class CommutingRefresh(StatisticsClients clients, CommutingImporter importer)
{
    /// <summary>The Nordic Statistics database answers at most 1 000 values per call (rOpenGov/pxweb's catalogue of PxWeb APIs).</summary>
    public const long NordicMaxCells = 1_000;

    /// <summary>SSB answers at most 800 000 cells per query (its API user guide).</summary>
    public const long SsbMaxCells = 800_000;

    public async Task<CommutingImportResult> RefreshAsync(CommutingTableRequest request, CancellationToken cancellationToken = default)
    {
        var (client, maxCells) = request.Publisher switch
        {
            CommutingSources.Nordic => (clients.Nordic(), NordicMaxCells),
            CommutingSources.Ssb => (clients.Ssb(), SsbMaxCells),
            _ => throw new ImportFormatException($"--source: '{request.Publisher}' has no PxWeb API v1 to refresh from (nordic or ssb)"),
        };

        // A selection of listed codes larger than the source answers is refused before it is sent, not by a 403.
        if (request.Selection.All(i => i.Selection.Filter == "item")
            && request.Selection.Aggregate(1L, (product, item) => product * item.Selection.Values.Count) is var cells && cells > maxCells)
        {
            throw new ImportFormatException($"{request.Table}: the selection asks for {cells} values; the source answers at most {maxCells} per call, so narrow it");
        }

        var response = await client.QueryAsync(request.Table, PxWebQuery.ForJsonStat2(request.Selection), cancellationToken);
        var dataset = JsonStat2Parser.Parse(response.OpenRead(), response.Source);
        var table = Path.GetFileNameWithoutExtension(request.Table.TrimEnd('/'));
        return await importer.ImportTableAsync(
            CommutingSources.Key(request.Publisher, dataset.TableId ?? table), dataset, response.Source, request.OriginDimension, request.DestinationDimension, cancellationToken);
    }
}
