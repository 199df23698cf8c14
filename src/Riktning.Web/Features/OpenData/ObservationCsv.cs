using System.Globalization;
using System.Text;
using Riktning.Importing;
using Riktning.Importing.Tabular;
using Riktning.Statistics;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// Observations as CSV (RFC 4180: comma, CRLF, quotes where needed): one row per figure with the region's name, the
/// value in invariant culture (empty where there is none), the status as the JSON API spells it, the flags (Eurostat
/// letters b d e p u c, empty for a plain figure), and the source of the
/// value (its import batch: source, table or KPI, file or URL, retrieval; "imported by hand" for the upload layout).
/// </summary>
public static class ObservationCsv
{
    public const string Header = "region,region_name,period,breakdown,value,status,flags,source";

    public static string Write(IReadOnlyList<ObservationDocument> rows, IReadOnlyDictionary<string, string> regionNames, IReadOnlyDictionary<int, FigureSource>? batches = null)
    {
        var described = new Dictionary<int, string>();
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(Field(row.Region)).Append(',')
                .Append(Field(regionNames.GetValueOrDefault(row.Region, row.Region))).Append(',')
                .Append(Field(row.Period)).Append(',')
                .Append(Field(row.Breakdown)).Append(',')
                .Append(row.Value?.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(StatusName(row.Status)).Append(',')
                .Append(row.Letters).Append(',')
                .Append(Field(SourceOf(row, batches, described))).Append("\r\n");
        }

        return csv.ToString();
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
