using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Riktning.Importing;
using Riktning.Importing.JsonStat;
using Riktning.Importing.Kolada;
using Riktning.Importing.PxWeb;
using Riktning.Importing.Sources;
using Riktning.Regions;
using Riktning.Strategy;

namespace Riktning.Statistics;

/// <summary>
/// Fills every measure that names a source: Kolada KPIs for the regions each strategy follows (its own region, the
/// region's municipalities and the country, unless <see cref="RefreshOptions.Regions"/> names others), SCB and SSB tables through
/// PxWebApi 2 with the selection and mapping the definition declares. Each measure is one all-or-nothing import:
/// a failure halfway (HTTP error, time-out, a malformed answer) stores nothing for that measure and is reported.
/// </summary>
public sealed partial class StatisticsRefresher(
    StrategyCatalog catalog,
    RegionRegistry regions,
    ObservationImporter importer,
    StatisticsClients clients,
    IOptions<RefreshOptions> options,
    ILogger<StatisticsRefresher> logger)
{
    /// <summary>Refreshes every measure with a source, or only <paramref name="measureIds"/> (an unknown id is an error).</summary>
    public async Task<IReadOnlyList<RefreshOutcome>> RefreshAsync(IReadOnlyCollection<string>? measureIds = null, IProgress<(int Done, int Total, string MeasureId)>? progress = null, CancellationToken cancellationToken = default)
    {
        var all = (await catalog.CurrentAsync(cancellationToken))
            .Where(d => d.Definition.Kind == DefinitionKind.Strategy)
            .SelectMany(d => d.Definition.Measures.Select(m => (Measure: m, Strategy: d.Definition)))
            .ToList();
        if (measureIds?.FirstOrDefault(id => all.All(m => m.Measure.Id != id)) is { } unknown)
        {
            throw new ImportFormatException($"--measure: '{unknown}' is not a measure of any loaded strategy");
        }

        var measures = all.Where(m => m.Measure.Source.Type != SourceType.None && (measureIds is null || measureIds.Contains(m.Measure.Id))).ToList();
        var koladaRegions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var outcomes = new List<RefreshOutcome>();
        for (var i = 0; i < measures.Count; i++)
        {
            var (measure, strategy) = measures[i];
            progress?.Report((i, measures.Count, measure.Id));
            var region = strategy.Region ?? throw new ImportFormatException($"{strategy.Id}: the strategy names no region");
            if (!koladaRegions.TryGetValue(region, out var followed))
            {
                koladaRegions[region] = followed = await KoladaRegionsAsync(region, cancellationToken);
            }

            outcomes.Add(await RefreshMeasureAsync(measure, followed, cancellationToken));
        }

        progress?.Report((measures.Count, measures.Count, ""));
        return outcomes;
    }

    private async Task<RefreshOutcome> RefreshMeasureAsync(Measure measure, IReadOnlyList<string> koladaRegions, CancellationToken cancellationToken)
    {
        var source = measure.Source;
        try
        {
            var summary = source.Type switch
            {
                SourceType.Kolada => await RefreshKoladaAsync(measure, koladaRegions, cancellationToken),
                SourceType.Scb or SourceType.Ssb when source.Selection.Count > 0 => await RefreshTableAsync(measure, cancellationToken),
                _ => null,
            };
            return summary is null
                ? new RefreshOutcome(measure.Id, source.Type, source.Id, null, "no selection declared for the table (see strategies/README.md)", null)
                : new RefreshOutcome(measure.Id, source.Type, source.Id, summary, null, null);
        }
        catch (Exception ex) when (ex is StatisticsSourceException or ImportFormatException or HttpRequestException)
        {
            LogFailed(ex, measure.Id);
            return new RefreshOutcome(measure.Id, source.Type, source.Id, null, null, ex.Message);
        }
    }

    private async Task<ImportSummary> RefreshKoladaAsync(Measure measure, IReadOnlyList<string> koladaRegions, CancellationToken cancellationToken)
    {
        var values = new List<KoladaValue>();
        string? firstUrl = null;
        await foreach (var page in clients.Kolada().GetValuesAsync([measure.Source.Id!], koladaRegions, cancellationToken: cancellationToken))
        {
            firstUrl ??= page.Source;
            values.AddRange(KoladaValuesParser.Parse(page.OpenRead(), page.Source).Values);
        }

        var location = firstUrl ?? $"kolada:{measure.Source.Id}";
        return await importer.ImportAsync(measure.Id, new ImportOrigin("kolada", measure.Source.Id, location), [.. KoladaRows.From(values, location)], cancellationToken);
    }

    private async Task<ImportSummary> RefreshTableAsync(Measure measure, CancellationToken cancellationToken)
    {
        var source = measure.Source;
        var client = source.Type == SourceType.Scb ? clients.ScbApi2() : clients.SsbApi2();
        var config = await client.ReadConfigAsync(cancellationToken);
        var selection = source.Selection.Select(s => new VariableSelection(s.Key, s.Value)).ToList();
        var mapping = new ImportMapping
        {
            MeasureId = measure.Id,
            RegionDimension = source.Mapping?.Region,
            TimeDimension = source.Mapping?.Time,
            Breakdowns = source.Mapping?.Breakdowns ?? new Dictionary<string, string>(),
            Filters = source.Mapping?.Filters ?? new Dictionary<string, string>(),
            Regions = source.Mapping?.Regions ?? RegionCodeSystem.Swedish,
        };

        // The metadata turns '*' into the table's codes, so the query can be cut to the server's cell limit.
        var metadataResponse = await client.GetMetadataAsync(source.Id!, cancellationToken: cancellationToken);
        var metadata = JsonStat2Parser.Parse(metadataResponse.OpenRead(), metadataResponse.Source);
        IReadOnlyList<IReadOnlyList<VariableSelection>> parts;
        try
        {
            parts = QuerySplitter.Split(metadata, selection, config.MaxDataCells);
        }
        catch (ArgumentException ex)
        {
            throw new ImportFormatException($"{measure.Id}: source.selection: {ex.Message}", ex);
        }

        var rows = new List<ObservationRow>();
        string? firstUrl = null;
        foreach (var part in parts)
        {
            var response = await client.PostDataAsync(source.Id!, part, cancellationToken: cancellationToken);
            firstUrl ??= response.Source;
            rows.AddRange(DatasetRows.From(JsonStat2Parser.Parse(response.OpenRead(), response.Source), mapping));
        }

        return await importer.ImportAsync(measure.Id, new ImportOrigin(source.Type.ToString().ToLowerInvariant(), source.Id, firstUrl ?? source.Id!), rows, cancellationToken);
    }

    /// <summary>
    /// Kolada's ids for the regions a strategy for <paramref name="region"/> follows: <c>0000</c> Sweden, <c>0017</c> a
    /// county, <c>1780</c> a municipality.
    /// </summary>
    private async Task<IReadOnlyList<string>> KoladaRegionsAsync(string region, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var county = RegionKey.Parse(region);
        var keys = settings.Regions.Count > 0
            ? settings.Regions.ToList()
            : [county.Country, region, .. (await regions.ListAsync(county.Country, RegionLevel.Municipality, cancellationToken: cancellationToken))
                .Where(r => r.ParentCode == county.Code)
                .Select(r => r.Key)];
        return [.. keys.Select(key => RegionKey.Parse(key).Code switch
        {
            RegionKey.CountryCode => "0000",
            { Length: 2 } county => "00" + county,
            var code => code,
        })];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing {MeasureId} failed; nothing was stored for it")]
    private partial void LogFailed(Exception exception, string measureId);
}
