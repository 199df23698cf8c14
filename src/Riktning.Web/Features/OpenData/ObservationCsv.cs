using Riktning.Importing;
using Riktning.Importing.Tabular;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// Observations as CSV (RFC 4180: comma, CRLF, quotes where needed): one row per figure with the region's name, the
/// value in invariant culture (empty where there is none), the status as the JSON API spells it, the flags (Eurostat
/// letters b d e p u c, empty for a plain figure), and the source of the
/// value (its import batch: source, table or KPI, file or URL, retrieval; "imported by hand" for the upload layout).
/// <c>breakdown_label</c> (last, so that files read by position keep their columns) is the source's own label of the breakdown's categories (<see cref="SourceCategories"/>, in
/// <see cref="LabelLanguage"/> where the source gave one), the key itself where it gave none; a whole answer lists
/// its breakdowns in the source's order, as the report table does (<see cref="InSourceOrder"/>).
/// Written by hand rather than with CsvHelper's injection escaping, which would put an apostrophe before every negative
/// number (<c>-3.5</c>); text cells get the same neutralisation (<see cref="TabularText.LooksLikeFormula"/>).
/// </summary>
public static class ObservationCsv
{
    public const string Header = "region,region_name,period,breakdown,value,status,flags,source,breakdown_label";

    /// <summary>
    /// The language of the category labels in the downloads, which are the same for every reader (cached per selection,
    /// not per language), like the dataset's Swedish label in JSON-stat; a source without Swedish labels gives its own.
    /// </summary>
    public const string LabelLanguage = "sv";

    public static string Write(
        IReadOnlyList<ObservationDocument> rows, IReadOnlyDictionary<string, string> regionNames, IReadOnlyDictionary<int, FigureSource>? batches = null,
        SourceCategories? categories = null)
    {
        categories ??= SourceCategories.None;
        var described = new Dictionary<int, string>();
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        csv.Write(Header + "\r\n");
        foreach (var row in InSourceOrder(rows, categories))
        {
            WriteRow(csv, row, regionNames, batches, described, categories);
        }

        return csv.ToString();
    }

    /// <summary>The label of a breakdown key in the downloads: the source's, else the key (<c>total</c>, <c>sex=women</c>).</summary>
    public static string BreakdownLabel(string breakdown, SourceCategories categories) =>
        categories.KeyLabel(breakdown, LabelLanguage) ?? breakdown;

    /// <summary>
    /// The rows by region, breakdown in the source's order (<see cref="SourceCategories.KeyOrder"/>) and period, as the
    /// report lists them. The downloads read their rows in this order already (<c>OpenDataQueries</c> with the
    /// categories), a streamed CSV answer too; this rule is what they follow, and it orders any rows given otherwise.
    /// </summary>
    public static IReadOnlyList<ObservationDocument> InSourceOrder(IReadOnlyList<ObservationDocument> rows, SourceCategories categories)
    {
        var order = categories.KeyOrder();
        var rank = rows.Select(r => r.Breakdown).Distinct(StringComparer.Ordinal).Order(order)
            .Select((key, i) => (key, i)).ToDictionary(k => k.key, k => k.i, StringComparer.Ordinal);
        return [.. rows.OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => rank[r.Breakdown]).ThenBy(r => r.Period, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Writes the rows to <paramref name="text"/> in the order given, flushing every <paramref name="flushEvery"/>
    /// rows: a large answer goes to the client in bounded memory, and a client that leaves ends the read.
    /// </summary>
    public static async Task WriteAsync(
        TextWriter text, IAsyncEnumerable<ObservationDocument> rows, IReadOnlyDictionary<string, string> regionNames,
        IReadOnlyDictionary<int, FigureSource>? batches, int flushEvery, CancellationToken cancellationToken, SourceCategories? categories = null)
    {
        categories ??= SourceCategories.None;
        var described = new Dictionary<int, string>();
        // Rows are formatted into a chunk and the chunk written asynchronously: a writer on the response may not block.
        var chunk = new StringWriter(CultureInfo.InvariantCulture);
        chunk.Write(Header + "\r\n");
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteRow(chunk, row, regionNames, batches, described, categories);
            if (++written % flushEvery == 0)
            {
                await text.WriteAsync(chunk.GetStringBuilder(), cancellationToken);
                await text.FlushAsync(cancellationToken);
                chunk.GetStringBuilder().Clear();
            }
        }

        await text.WriteAsync(chunk.GetStringBuilder(), cancellationToken);
        await text.FlushAsync(cancellationToken);
    }

    private static void WriteRow(
        TextWriter csv, ObservationDocument row, IReadOnlyDictionary<string, string> regionNames, IReadOnlyDictionary<int, FigureSource>? batches, Dictionary<int, string> described,
        SourceCategories categories)
    {
        csv.Write(Field(row.Region));
        csv.Write(',');
        csv.Write(Field(regionNames.GetValueOrDefault(row.Region, row.Region)));
        csv.Write(',');
        csv.Write(Field(row.Period));
        csv.Write(',');
        csv.Write(Field(row.Breakdown));
        csv.Write(',');
        csv.Write(row.Value?.ToString("R", CultureInfo.InvariantCulture));
        csv.Write(',');
        csv.Write(StatusName(row.Status));
        csv.Write(',');
        csv.Write(row.Letters);
        csv.Write(',');
        csv.Write(Field(SourceOf(row, batches, described)));
        csv.Write(',');
        csv.Write(Field(BreakdownLabel(row.Breakdown, categories)));
        csv.Write("\r\n");
    }

    public static string StatusName(ValueStatus status) => status switch
    {
        ValueStatus.Present => "present",
        ValueStatus.Missing => "missing",
        ValueStatus.Confidential => "confidential",
        ValueStatus.NotApplicable => "not-applicable",
        ValueStatus.Nil => "nil",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown value status."),
    };

    /// <summary>The source line of a value's batch, described once per batch; empty when the batch is not known.</summary>
    public static string SourceOf(ObservationDocument row, IReadOnlyDictionary<int, FigureSource>? batches, Dictionary<int, string> described)
    {
        if (!described.TryGetValue(row.Batch, out var text))
        {
            text = batches?.GetValueOrDefault(row.Batch)?.Describe() ?? "";
            described[row.Batch] = text;
        }

        return text;
    }

    /// <summary>A text field, quoted where needed; one a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    private static string Field(string value)
    {
        if (TabularText.LooksLikeFormula(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
