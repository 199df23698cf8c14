using System.Globalization;
using Riktning.Importing;
using Riktning.Importing.Kolada;
using Riktning.Strategy;

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

    /// <summary>A parsed table (PC-Axis, json-stat2) through <paramref name="mapping"/>.</summary>
    public async Task<ImportSummary> ImportTableAsync(
        Measure measure, StatisticsDataset dataset, ImportMapping mapping, ImportOrigin origin, string? mismatchReason = null, CancellationToken cancellationToken = default)
    {
        ImportGuards.RequireSource(measure, dataset.Identifiers, dataset.Source, mismatchReason);
        ImportGuards.RequireKnownBreakdowns(mapping.Breakdowns.Keys, $"{dataset.Source}: the mapping's breakdowns");
        var stamped = origin with
        {
            TableId = origin.TableId ?? dataset.TableId,
            SourceUpdated = origin.SourceUpdated ?? dataset.Updated?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            Note = ImportGuards.MismatchNote(measure, dataset.Identifiers, mismatchReason),
        };
        var summary = await ImportRowsAsync(measure, stamped, [.. DatasetRows.From(dataset, mapping)], cancellationToken);
        return WithLeftOut(summary, DatasetRows.LeftOut(dataset, mapping));
    }

    /// <summary>The summary with one note per region code the table had but the import left out, naming code and reason.</summary>
    public static ImportSummary WithLeftOut(ImportSummary summary, IEnumerable<LeftOutRegion> leftOut)
    {
        var notes = leftOut.Select(l => $"{summary.MeasureId}: {l}").ToList();
        return notes.Count == 0 ? summary : summary with { Notes = [.. summary.Notes, .. notes] };
    }

    /// <summary>Kolada values (a CSV dump or API pages); the KPI they name must be the measure's.</summary>
    public async Task<ImportSummary> ImportKoladaAsync(
        Measure measure, IEnumerable<KoladaValue> values, ImportOrigin origin, string? mismatchReason = null, CancellationToken cancellationToken = default)
    {
        var all = values as IReadOnlyList<KoladaValue> ?? [.. values];
        List<string> kpis = [.. all.Select(v => v.Kpi).Distinct(StringComparer.OrdinalIgnoreCase)];
        ImportGuards.RequireSource(measure, kpis, origin.Location, mismatchReason);
        var stamped = origin with
        {
            TableId = origin.TableId ?? (kpis.Count == 1 ? kpis[0] : null),
            Note = ImportGuards.MismatchNote(measure, kpis, mismatchReason),
        };
        return await ImportRowsAsync(measure, stamped, [.. KoladaRows.From(all, origin.Location)], cancellationToken);
    }

    /// <summary>Rows already in Riktning's terms (the upload layout, or the above after translation).</summary>
    public async Task<ImportSummary> ImportRowsAsync(Measure measure, ImportOrigin origin, IReadOnlyList<ObservationRow> rows, CancellationToken cancellationToken = default)
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
        var summary = await importer.ImportAsync(measure.Id, origin, all, derived.Count, cancellationToken);
        return notes.Count == 0 ? summary : summary with { Notes = notes };
    }
}
