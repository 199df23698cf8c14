using Riktning.Statistics;

namespace Riktning.Importing.Tabular;

/// <summary>
/// Reads figures an analyst uploads as CSV or Excel, in the layout documented in <c>docs/upload-format.md</c>:
/// one row per value with the columns <c>region, period, value</c>, optionally <c>status</c>, <c>flags</c> (Eurostat letters: b d e p u c) and the breakdown
/// columns <c>sex, age, birth-country, education</c>. Pure; every problem names the file, the line and the column.
/// </summary>
public static class TabularRows
{
    private static readonly string[] Breakdowns = ["sex", "age", "birth-country", "education"];
    private static readonly string[] Known = ["region", "period", "value", "status", "flags", .. Breakdowns];

    /// <summary>A row with too many fields is most often a Swedish decimal comma in a comma-separated file; the error says so.</summary>
    public static IReadOnlyList<ObservationRow> FromCsv(TextReader text, string source, CancellationToken cancellationToken = default) =>
        [.. ReadCsv(text, source, cancellationToken)];

    /// <summary>
    /// The rows of a CSV file as they are read and checked, in bounded memory whatever the file's length: the header is
    /// checked at once, each row when it is reached. Enumerate once. Region keys, periods and breakdowns repeat on every
    /// row; each distinct one is kept once, so that a caller that keeps the rows keeps little more than their values.
    /// </summary>
    public static IEnumerable<ObservationRow> ReadCsv(TextReader text, string source, CancellationToken cancellationToken = default)
    {
        var (header, lines) = TabularTable.ReadCsv(text, source, shortRowHint: "write decimals with '.' or separate the columns with ';'", cancellationToken: cancellationToken);
        var columns = Columns([.. header], source);
        return Rows(columns, lines, source);
    }

    /// <summary>The first worksheet; row 1 is the header. Numbers may be real numeric cells or text with a '.' decimal point.</summary>
    public static IReadOnlyList<ObservationRow> FromExcel(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        var table = TabularTable.FromExcel(stream, source, cancellationToken);
        return [.. Rows(Columns([.. table.Header], source), table.Lines, source)];
    }

    private static IEnumerable<ObservationRow> Rows(Dictionary<string, int> columns, IEnumerable<TabularLine> lines, string source)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string value)
        {
            if (strings.TryGetValue(value, out var kept))
            {
                return kept;
            }

            // Bounded: a file whose every row has another period keeps its strings per row, as before.
            if (strings.Count < 100_000)
            {
                strings.Add(value, value);
            }

            return value;
        }

        foreach (var line in lines)
        {
            var row = Row(columns, i => line.Cells[i], source, line.Line);
            yield return row with { RegionKey = Shared(row.RegionKey), Period = Shared(row.Period), Breakdown = Shared(row.Breakdown) };
        }
    }

    private static Dictionary<string, int> Columns(string[] header, string source)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0)
            {
                continue;
            }

            if (!Known.Contains(header[i], StringComparer.Ordinal))
            {
                throw new ImportFormatException($"{source}: line 1: unknown column '{header[i]}' (known: {string.Join(", ", Known)})");
            }

            if (!columns.TryAdd(header[i], i))
            {
                throw new ImportFormatException($"{source}: line 1: column '{header[i]}' appears twice");
            }
        }

        foreach (var required in new[] { "region", "period", "value" })
        {
            if (!columns.ContainsKey(required))
            {
                throw new ImportFormatException($"{source}: line 1: the required column '{required}' is missing");
            }
        }

        return columns;
    }

    private static ObservationRow Row(Dictionary<string, int> columns, Func<int, string?> field, string source, int line)
    {
        string? Get(string column) => columns.TryGetValue(column, out var index) && field(index) is { } value && value.Trim().Length > 0 ? value.Trim() : null;
        ImportFormatException Error(string column, string message) => new($"{source}: line {line}, column '{column}': {message}");

        var regionText = Get("region") ?? throw Error("region", "empty");
        var region = regionText.StartsWith("NO", StringComparison.Ordinal) ? NorwegianRegionCodes.ToKey(regionText.Replace("NO-", "", StringComparison.Ordinal))
            : SwedishRegionCodes.ToKey(regionText.Replace("SE-", "", StringComparison.Ordinal));
        region = regionText is "SE" or "NO" ? regionText : region;
        if (region is null)
        {
            throw Error("region", $"'{regionText}' is not a region key (SE-1780, NO-3401) or a Swedish region code");
        }

        var period = Get("period") ?? throw Error("period", "empty");
        double? value = null;
        var status = ValueStatus.Present;
        if (Get("value") is { } valueText)
        {
            if (double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                // 1e309 parses as infinity and "NaN" as NaN: neither is a figure, and JSON cannot carry them.
                value = double.IsFinite(number) ? number : throw Error("value", $"'{valueText}' is not a finite number");
            }
            else if (StatusSymbols.Find(valueText) is { } symbol)
            {
                status = symbol;
            }
            else
            {
                throw Error("value", $"'{valueText}' is not a number (use '.' as decimal point) or a missing-value symbol (.. . : -)");
            }
        }

        var flags = ObservationFlags.None;
        if (Get("status") is { } statusText)
        {
            status = statusText switch
            {
                "present" => ValueStatus.Present,
                "missing" => ValueStatus.Missing,
                "confidential" => ValueStatus.Confidential,
                "not-applicable" => ValueStatus.NotApplicable,
                "nil" => ValueStatus.Nil,

                // Before flags existed, "provisional" was a status; it still reads as a present figure flagged p.
                "provisional" => ValueStatus.Present,
                _ => StatusSymbols.Find(statusText) ?? throw Error("status", $"'{statusText}' is not present, missing, confidential, not-applicable, nil or provisional"),
            };
            flags = statusText == "provisional" ? ObservationFlags.Provisional : flags;
        }

        if (Get("flags") is { } flagText)
        {
            flags |= FlagLetters.Parse(flagText, out var confidential)
                ?? throw Error("flags", $"'{flagText}' is not Eurostat flag letters (b break, d definition differs, e estimated, p provisional, u low reliability, c confidential)");
            status = confidential && value is null ? ValueStatus.Confidential : status;
        }

        if (value is null && status is ValueStatus.Present)
        {
            throw Error("value", "empty, and no status says why");
        }

        if (value is not null && status is not ValueStatus.Present)
        {
            throw Error("status", $"'{status}' cannot go with a number; leave the value empty");
        }

        var parts = new List<KeyValuePair<string, string>>();
        foreach (var name in Breakdowns)
        {
            if (Get(name) is not { } code)
            {
                continue;
            }

            var translated = name == "sex" ? SexCodes.Translate(code) ?? (code is SexCodes.Women or SexCodes.Men or SexCodes.Total ? code : null) : code;
            if (translated is null)
            {
                throw Error(name, $"'{code}' is not women, men, total (or K/M/T, 1/2)");
            }

            if (translated != SexCodes.Total)
            {
                parts.Add(KeyValuePair.Create(name, translated));
            }
        }

        return new ObservationRow(region, period, BreakdownKey.Format(parts), value, status, flags);
    }
}
