namespace Riktning.Statistics;

/// <summary>The checks every statistics import passes before anything is written. Pure; each throws <see cref="ImportRefusedException"/>.</summary>
public static class ImportGuards
{
    /// <summary>
    /// The file's own table or KPI ids (<paramref name="fileIds"/>: PC-Axis MATRIX/TABLEID, json-stat's extension, the
    /// Kolada column header) must include the measure's bound source id, unless the analyst gives a reason to take it
    /// anyway. A file that names no id, or a measure without a source, is not checked.
    /// </summary>
    public static void RequireSource(Measure measure, IReadOnlyCollection<string> fileIds, string location, string? mismatchReason)
    {
        if (measure.Source.Id is not { } bound || fileIds.Count == 0 || fileIds.Contains(bound, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(mismatchReason))
        {
            throw new ImportRefusedException(
                $"{location}: the file is {string.Join(" / ", fileIds)}, but measure '{measure.Id}' is bound to {measure.Source.Type.ToString().ToLowerInvariant()} {bound}; " +
                "nothing was imported (if this is right, say why with --source-mismatch-ok \"reason\")");
        }
    }

    /// <summary>The note a batch taken despite a source mismatch carries; null when the ids agree.</summary>
    public static string? MismatchNote(Measure measure, IReadOnlyCollection<string> fileIds, string? mismatchReason) =>
        measure.Source.Id is { } bound && fileIds.Count > 0 && !fileIds.Contains(bound, StringComparer.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(mismatchReason)
            ? $"source mismatch accepted (file {string.Join(" / ", fileIds)}, measure bound to {bound}): {mismatchReason.Trim()}"
            : null;

    /// <summary>Breakdown names must be known ones (<see cref="BreakdownNames.Known"/>), so a typo cannot add a breakdown to the public page.</summary>
    public static void RequireKnownBreakdowns(IEnumerable<string> names, string where)
    {
        if (names.FirstOrDefault(n => !BreakdownNames.IsKnown(n)) is { } unknown)
        {
            throw new ImportRefusedException($"{where}: '{unknown}' is not a breakdown name; use one of {string.Join(", ", BreakdownNames.Known)}");
        }
    }

    /// <summary>A share in per cent lies between 0 and 100: a larger figure means the file holds something else (incomes, head counts).</summary>
    public static void RequirePlausibleValues(Measure measure, IReadOnlyList<ObservationRow> rows, string location)
    {
        if (measure.Kind != MeasureKind.Share || !string.Equals(measure.Unit, "percent", StringComparison.Ordinal))
        {
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Value is { } value and (< 0 or > 100))
            {
                var row = rows[i];
                throw new ImportRefusedException(string.Create(CultureInfo.InvariantCulture,
                    $"{location}: measure '{measure.Id}' is a share in per cent, but value {i + 1} ({row.RegionKey}, {row.Period}) is {value}; nothing was imported (is this the file for {measure.Source.Id ?? measure.Id}?)"));
            }
        }
    }
}
