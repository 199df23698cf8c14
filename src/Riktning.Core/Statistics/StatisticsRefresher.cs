using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Riktning.Importing.JsonStat;
using Riktning.Importing.Kolada;
using Riktning.Importing.PxWeb;
using Riktning.Importing.Sources;

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
    MeasureImport import,
    StatisticsClients clients,
    IOptions<RefreshOptions> options,
    ILogger<StatisticsRefresher> logger)
{
    /// <summary>
    /// Refreshes every measure with a source, or only <paramref name="measureIds"/> (an unknown id is an error), leaving
    /// out those in <paramref name="except"/> (what an abandoned run had done); <paramref name="measureDone"/> hears of
    /// each measure as it ends, before the next starts.
    /// </summary>
    public async Task<IReadOnlyList<RefreshOutcome>> RefreshAsync(
        IReadOnlyCollection<string>? measureIds = null,
        IProgress<(int Done, int Total, string MeasureId)>? progress = null,
        IReadOnlySet<string>? except = null,
        Func<RefreshOutcome, int, Task>? measureDone = null,
        CancellationToken cancellationToken = default)
    {
        var all = (await catalog.CurrentAsync(cancellationToken))
            .Where(d => d.Definition.Kind == DefinitionKind.Strategy)
            .SelectMany(d => d.Definition.Measures.Select(m => (Measure: m, Strategy: d.Definition)))
            .ToList();
        if (measureIds?.FirstOrDefault(id => all.All(m => m.Measure.Id != id)) is { } unknown)
        {
            throw new ImportFormatException($"--measure: '{unknown}' is not a measure of any loaded strategy");
        }

        var measures = all.Where(m => m.Measure.Source.Type != SourceType.None && (measureIds is null || measureIds.Contains(m.Measure.Id)) && except?.Contains(m.Measure.Id) != true).ToList();
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

            var outcome = await RefreshMeasureAsync(measure, followed, cancellationToken);
            outcomes.Add(outcome);
            if (measureDone is not null)
            {
                await measureDone(outcome, measures.Count);
            }
        }

        progress?.Report((measures.Count, measures.Count, ""));
        return outcomes;
    }

    private async Task<RefreshOutcome> RefreshMeasureAsync(Measure measure, IReadOnlyList<string> koladaRegions, CancellationToken cancellationToken)
    {
        var source = measure.Source;
        // The requests the sources received for this measure, failed attempts and retries included (a refresh runs one
        // at a time in a process, through RefreshCoordinator, so the difference is this measure's).
        var sentBefore = clients.Sent;
        try
        {
            if (SkipReason(measure) is { } skipped)
            {
                return new RefreshOutcome(measure.Id, source.Type, source.Id, null, skipped, null);
            }

            var summary = source.Type switch
            {
                SourceType.Kolada => await RefreshKoladaAsync(measure, koladaRegions, cancellationToken),
                SourceType.Ssb when source.Api != "v2" => await RefreshSsbAsync(measure, cancellationToken),
                _ => await RefreshTableAsync(measure, cancellationToken),
            };
            return new RefreshOutcome(measure.Id, source.Type, source.Id, summary, null, null) { Calls = (int)(clients.Sent - sentBefore) };
        }
        catch (Exception ex) when (ex is StatisticsSourceException or ImportFormatException or ImportRefusedException or HttpRequestException)
        {
            // Expected failures (network down, a source refusing, a malformed answer) are one line each, not a stack trace.
            LogFailed(measure.Id, ex.Message);
            return new RefreshOutcome(measure.Id, source.Type, source.Id, null, null, ex.Message) { Calls = (int)(clients.Sent - sentBefore) };
        }
    }

    /// <summary>
    /// Why <c>refresh</c> leaves <paramref name="measure"/> out without a call, or null when it fetches it: a Kolada KPI
    /// needs only its id; an SCB or SSB table needs the selection its definition declares (which codes to ask for).
    /// A measure with no source (<c>type: none</c>) is not refreshed at all.
    /// </summary>
    public static string? SkipReason(Measure measure) => measure.Source switch
    {
        { Type: SourceType.None } => "no source chosen (type: none)",
        { Type: SourceType.Kolada, Id: { Length: > 0 } } => null,
        { Type: SourceType.Kolada } => "no Kolada KPI id declared",
        { Type: SourceType.Scb or SourceType.Ssb, Id: { Length: > 0 }, Selection.Count: > 0 } => null,
        { Type: SourceType.Scb or SourceType.Ssb, Id: { Length: > 0 } } => "no selection declared for the table (see strategies/README.md)",
        { Type: SourceType.Scb or SourceType.Ssb } => "no table id declared",
        var source => $"refresh cannot fetch from a source of type {source.Type}",
    };

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
        return await import.ImportKoladaAsync(measure, values, new ImportOrigin("kolada", measure.Source.Id, location), cancellationToken: cancellationToken);
    }

    private async Task<ImportSummary> RefreshTableAsync(Measure measure, CancellationToken cancellationToken)
    {
        var source = measure.Source;
        var client = source.Type == SourceType.Scb ? clients.ScbApi2() : clients.SsbApi2();
        var config = await client.ReadConfigAsync(cancellationToken);
        var selection = source.Selection.Select(s => new VariableSelection(s.Key, s.Value)).ToList();
        var mapping = ImportMapping.For(measure);
        ImportGuards.RequireKnownBreakdowns(mapping.Breakdowns.Keys, $"{measure.Id}: source.mapping.breakdowns");

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
        DateTime? updated = null;
        foreach (var part in parts)
        {
            var response = await client.PostDataAsync(source.Id!, part, cancellationToken: cancellationToken);
            firstUrl ??= response.Source;
            var dataset = JsonStat2Parser.Parse(response.OpenRead(), response.Source);
            updated = dataset.Updated > updated || updated is null ? dataset.Updated : updated;
            rows.AddRange(DatasetRows.From(dataset, mapping));
        }

        var origin = new ImportOrigin(source.Type.ToString().ToLowerInvariant(), source.Id, firstUrl ?? source.Id!)
        {
            SourceUpdated = updated?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        };
        return await import.ImportRowsAsync(measure, origin, rows, cancellationToken);
    }

    /// <summary>
    /// SSB's Statistikkbanken through API v0 (the PxWeb v1 protocol SSB runs in production): one POST of the definition's
    /// selection as a json-stat2 query per measure. <c>*</c> asks for every code (<c>filter: all</c>), <c>top:N</c> for
    /// the last N (<c>filter: top</c>), anything else for those codes (<c>filter: item</c>). SSB allows 800 000 cells per
    /// query and 30 queries a minute per address; the transport keeps to the latter, and a selection of listed codes
    /// larger than the former is refused before it is sent. Region codes that are SSB's aggregates or special codes are
    /// left out, each named with its reason in the summary's notes.
    /// </summary>
    private async Task<ImportSummary> RefreshSsbAsync(Measure measure, CancellationToken cancellationToken)
    {
        var source = measure.Source;
        var mapping = ImportMapping.For(measure);
        ImportGuards.RequireKnownBreakdowns(mapping.Breakdowns.Keys, $"{measure.Id}: source.mapping.breakdowns");
        var items = source.Selection.Select(s => new PxWebQueryItem(s.Key, PxWebSelection.FromCodes(s.Value))).ToList();
        if (items.All(i => i.Selection.Filter == "item"))
        {
            var cells = items.Aggregate(1L, (product, item) => product * item.Selection.Values.Count);
            if (cells > SsbMaxCells)
            {
                throw new ImportFormatException($"{measure.Id}: source.selection asks SSB for {cells} cells; SSB answers at most {SsbMaxCells} per query, so narrow the selection");
            }
        }

        var response = await clients.Ssb().QueryAsync(source.Id!, PxWebQuery.ForJsonStat2(items), cancellationToken);
        var dataset = JsonStat2Parser.Parse(response.OpenRead(), response.Source);
        var origin = new ImportOrigin("ssb", source.Id, response.Source);
        // The same guard rails and notes (a region code left out, with its reason) as an imported file.
        return await import.ImportTableAsync(measure, dataset, mapping, origin, cancellationToken: cancellationToken);
    }

    /// <summary>SSB's limit of cells per query (its API user guide, "API mot statistikkbanken – brukerveiledning").</summary>
    private const long SsbMaxCells = 800_000;

    /// <summary>
    /// Kolada's ids for the regions fetched for a strategy of <paramref name="region"/> (<c>0000</c> Sweden, <c>0017</c> a
    /// county, <c>1780</c> a municipality): by default the country and every current county and municipality, so that
    /// ranks and national group means are complete (312 ids, 13 calls of 25 per KPI); <see cref="RefreshOptions.Regions"/>
    /// or <see cref="RefreshOptions.AllSwedishRegions"/> = false (the strategy's county, its municipalities and the
    /// country) narrow it.
    /// </summary>
    private async Task<IReadOnlyList<string>> KoladaRegionsAsync(string region, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var county = RegionKey.Parse(region);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        List<string> keys = settings.Regions.Count > 0
            ? [.. settings.Regions]
            : settings.AllSwedishRegions
                ? [county.Country, .. (await regions.ListAsync(county.Country, on: today, cancellationToken: cancellationToken))
                    .Where(r => r.Level is RegionLevel.County or RegionLevel.Municipality)
                    .Select(r => r.Key)]
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing {MeasureId} failed; nothing was stored for it: {Reason}")]
    private partial void LogFailed(string measureId, string reason);

}
