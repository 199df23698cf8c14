using Riktning.Importing.JsonStat;
using Riktning.Importing.Kolada;
using Riktning.Importing.PcAxis;
using Riktning.Importing.Tabular;

namespace Riktning.Statistics;

/// <summary>
/// Statistics into a measure, the way the command line, the upload and <c>refresh</c> all do it: the guard rails
/// (<see cref="ImportGuards"/>: the file's own id against the measure's source, known breakdown names, plausible
/// values), totals derived from women and men for counts and amounts (<see cref="DerivedTotals"/>), then one
/// transaction in <see cref="ObservationImporter"/>.
/// </summary>
public sealed class MeasureImport(StrategyCatalog catalog, ObservationImporter importer)
{
    /// <summary>The measure of a loaded strategy with this id; an unknown id is refused.</summary>
    public async Task<Measure> FindMeasureAsync(string measureId, CancellationToken cancellationToken = default) =>
        (await catalog.FindMeasureAsync(measureId, cancellationToken))?.Measure
            ?? throw new ImportFormatException($"--measure: '{measureId}' is not a measure of any loaded strategy (see the measure ids in strategies/*.yaml)");

    /// <summary>
    /// Reads a statistics file of <paramref name="format"/> and prepares it for <paramref name="measure"/> with the
    /// analyst's <paramref name="choices"/>: the one reading of files that the import verbs and the data desk share.
    /// Errors name <paramref name="fileName"/>, the line and the field; <paramref name="location"/> is recorded on the batch.
    /// </summary>
    public static PreparedImport PrepareFile(
        Measure measure, StatisticsFileFormat format, Stream stream, string fileName, string location, MappingChoices choices, CancellationToken cancellationToken = default)
    {
        switch (format)
        {
            case StatisticsFileFormat.Px or StatisticsFileFormat.JsonStat:
                var dataset = format == StatisticsFileFormat.Px
                    ? PxFileParser.Parse(stream, fileName, choices.Language)
                    : JsonStat2Parser.Parse(stream, fileName);
                var origin = new ImportOrigin(format == StatisticsFileFormat.Px ? "px-file" : "json-stat2", dataset.TableId, location);
                return PrepareTable(measure, dataset, choices.Apply(ImportMapping.For(measure)), origin, choices.MismatchReason);
            case StatisticsFileFormat.KoladaCsv:
                using (var reader = new StreamReader(stream, leaveOpen: true))
                {
                    return PrepareKolada(measure, [.. KoladaCsvReader.Read(reader, fileName)], new ImportOrigin("kolada", null, location), choices.MismatchReason);
                }

            case StatisticsFileFormat.Csv:
                using (var reader = TabularText.Reader(stream, leaveOpen: true))
                {
                    return PrepareRows(measure, new ImportOrigin("csv", null, location), TabularRows.FromCsv(reader, fileName, cancellationToken));
                }

            default:
                return PrepareRows(measure, new ImportOrigin("excel", null, location), TabularRows.FromExcel(stream, fileName, cancellationToken));
        }
    }

    /// <summary>A parsed table (PC-Axis, json-stat2) through <paramref name="mapping"/>.</summary>
    public async Task<ImportSummary> ImportTableAsync(
        Measure measure, StatisticsDataset dataset, ImportMapping mapping, ImportOrigin origin, string? mismatchReason = null, CancellationToken cancellationToken = default) =>
        await ImportAsync(PrepareTable(measure, dataset, mapping, origin, mismatchReason), cancellationToken);

    /// <summary>Kolada values (a CSV dump or API pages); the KPI they name must be the measure's.</summary>
    public async Task<ImportSummary> ImportKoladaAsync(
        Measure measure, IEnumerable<KoladaValue> values, ImportOrigin origin, string? mismatchReason = null, CancellationToken cancellationToken = default) =>
        await ImportAsync(PrepareKolada(measure, values, origin, mismatchReason), cancellationToken);

    /// <summary>Rows already in Riktning's terms (the upload layout, or the above after translation).</summary>
    public async Task<ImportSummary> ImportRowsAsync(Measure measure, ImportOrigin origin, IReadOnlyList<ObservationRow> rows, CancellationToken cancellationToken = default) =>
        await ImportAsync(PrepareRows(measure, origin, rows), cancellationToken);

    /// <summary>Stores a prepared import in one transaction (<see cref="ObservationImporter"/>).</summary>
    public async Task<ImportSummary> ImportAsync(PreparedImport prepared, CancellationToken cancellationToken = default)
    {
        var summary = await importer.ImportAsync(prepared.Measure.Id, prepared.Origin, prepared.Rows, prepared.Derived, prepared.Categories, cancellationToken);
        return prepared.Notes.Count == 0 ? summary : summary with { Notes = [.. prepared.Notes, .. summary.Notes] };
    }

    /// <summary>
    /// What storing <paramref name="prepared"/> would do (added, changed, unchanged), with every error the import would
    /// raise (a region outside the registry, a repeated key), and nothing stored: the import runs and is rolled back.
    /// </summary>
    public async Task<ImportSummary> PreviewAsync(PreparedImport prepared, CancellationToken cancellationToken = default)
    {
        var summary = await importer.PreviewAsync(prepared.Measure.Id, prepared.Origin, prepared.Rows, prepared.Derived, prepared.Categories, cancellationToken);
        return prepared.Notes.Count == 0 ? summary : summary with { Notes = [.. prepared.Notes, .. summary.Notes] };
    }

    /// <summary>A parsed table (PC-Axis, json-stat2) through <paramref name="mapping"/>, past the guard rails.</summary>
    public static PreparedImport PrepareTable(Measure measure, StatisticsDataset dataset, ImportMapping mapping, ImportOrigin origin, string? mismatchReason = null)
    {
        ImportGuards.RequireSource(measure, dataset.Identifiers, dataset.Source, mismatchReason);
        ImportGuards.RequireKnownBreakdowns(mapping.Breakdowns.Keys, $"{dataset.Source}: the mapping's breakdowns");
        var stamped = origin with
        {
            TableId = origin.TableId ?? dataset.TableId,
            SourceUpdated = origin.SourceUpdated ?? dataset.Updated?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            Note = ImportGuards.MismatchNote(measure, dataset.Identifiers, mismatchReason),
        };
        var prepared = PrepareRows(measure, stamped, [.. DatasetRows.From(dataset, mapping)]) with { Categories = SourceCategories.Of(measure.Id, dataset, mapping) };
        // One note per region code the table had but the import leaves out, naming code and reason.
        List<string> leftOut = [.. DatasetRows.LeftOut(dataset, mapping).Select(l => $"{measure.Id}: {l}")];
        // A cell note's text has no place on an observation (its flags do): the import says it, naming the cells.
        leftOut.AddRange(dataset.CellNotes.Select(n => $"{measure.Id}: {(n.Mandatory ? "CELLNOTEX" : "CELLNOTE")} on {string.Join(", ", dataset.Dimensions.Select((d, i) => $"{d.Code}={n.Codes[i] ?? "*"}"))}: {n.Text}"));
        return leftOut.Count == 0 ? prepared : prepared with { Notes = [.. prepared.Notes, .. leftOut] };
    }

    /// <summary>Kolada values past the guard rails; the KPI they name must be the measure's.</summary>
    public static PreparedImport PrepareKolada(Measure measure, IEnumerable<KoladaValue> values, ImportOrigin origin, string? mismatchReason = null)
    {
        var all = values as IReadOnlyList<KoladaValue> ?? [.. values];
        List<string> kpis = [.. all.Select(v => v.Kpi).Distinct(StringComparer.OrdinalIgnoreCase)];
        ImportGuards.RequireSource(measure, kpis, origin.Location, mismatchReason);
        var stamped = origin with
        {
            TableId = origin.TableId ?? (kpis.Count == 1 ? kpis[0] : null),
            Note = ImportGuards.MismatchNote(measure, kpis, mismatchReason),
        };
        var rows = KoladaRows.From(all, origin.Location).ToList();
        return PrepareRows(measure, stamped, rows) with { Categories = SourceCategories.OfKolada(measure.Id, rows) };
    }

    /// <summary>Rows in Riktning's terms past the guard rails, with the totals Riktning derives for counts and amounts.</summary>
    public static PreparedImport PrepareRows(Measure measure, ImportOrigin origin, IReadOnlyList<ObservationRow> rows)
    {
        ImportGuards.RequireKnownBreakdowns(
            rows.Select(r => r.Breakdown).Distinct(StringComparer.Ordinal).SelectMany(b => BreakdownKey.Parse(b).Keys).Distinct(StringComparer.Ordinal),
            origin.Location);
        ImportGuards.RequirePlausibleValues(measure, rows, origin.Location);

        var notes = new List<string>();
        var derived = measure.IsAdditive ? DerivedTotals.For(rows) : [];
        var hasTotals = rows.Any(r => r.Breakdown.Length == 0) || derived.Any(r => r.Breakdown.Length == 0);
        if (!hasTotals && rows.Count > 0)
        {
            notes.Add(measure.IsAdditive || measure.Kind is null
                ? $"{measure.Id}: the file has no totals; the trend, the assessment and the comparison of regions need them"
                : $"{measure.Id}: the file has no totals, and a {measure.Kind.ToString()!.ToLowerInvariant()} is never summed from women and men; the trend, the assessment and the comparison of regions stay empty until totals are imported");
        }

        IReadOnlyList<ObservationRow> all = derived.Count == 0 ? rows : [.. rows, .. derived];
        return new PreparedImport(measure, origin, all, derived.Count, notes) { Categories = SourceCategories.Of(measure.Id, rows) };
    }
}
