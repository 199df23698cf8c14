using System.Text.Json.Serialization;
using Riktning.Importing;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// A measure's observations as a JSON-stat 2.0 dataset (https://json-stat.org/full/), the format SCB's and SSB's PxWeb
/// APIs answer in, so the tools of that ecosystem read Riktning too. Dimensions are region, breakdown and period;
/// combinations without a row are null with status <c>..</c>. The breakdown's categories are in the source's order with
/// the source's labels (<see cref="SourceCategories"/>), as the report table shows them.
/// </summary>
public sealed record JsonStatDataset(
    string Label,
    IReadOnlyList<string> Id,
    IReadOnlyList<int> Size,
    JsonStatRole Role,
    IReadOnlyDictionary<string, JsonStatDimension> Dimension,
    IReadOnlyList<double?> Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Status,
    JsonStatExtension Extension)
{
    /// <summary>The media type JSON-stat is served as; <c>?format=json-stat2</c> and <c>Accept: application/json+stat</c> ask for it.</summary>
    public const string MediaType = "application/json+stat; charset=utf-8";

    [JsonPropertyOrder(-2)]
    public string Version => "2.0";

    [JsonPropertyOrder(-1)]
    [JsonPropertyName("class")]
    public string Class => "dataset";

    /// <summary>The sources of the values, e.g. <c>kolada N01961; scb TAB638</c> (JSON-stat's <c>source</c>).</summary>
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>When the newest of the values was retrieved, ISO 8601 in UTC (JSON-stat's <c>updated</c>).</summary>
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Updated { get; init; }

    /// <summary>One line per import batch behind the values, saying where they came from (JSON-stat's <c>note</c>).</summary>
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Note { get; init; }

    public static JsonStatDataset Create(
        string measureId, string label, string? unit, IReadOnlyList<ObservationDocument> rows, IReadOnlyDictionary<string, string> regionNames,
        IReadOnlyDictionary<int, FigureSource>? batches = null, SourceCategories? categories = null)
    {
        categories ??= SourceCategories.None;
        var sources = batches is null ? [] : FigureSource.Of(rows.Select(r => r.Batch), batches);
        // Rows arrive ordered by region, breakdown and period; regions keep the order they appear in, breakdowns take the source's.
        var regions = Index(rows.Select(r => r.Region));
        var breakdowns = Index(rows.Select(r => r.Breakdown).Distinct(StringComparer.Ordinal).Order(categories.KeyOrder()));
        var periods = Index(rows.Select(r => r.Period).Order(StringComparer.Ordinal));
        var values = new double?[regions.Count * breakdowns.Count * periods.Count];
        var status = new SortedDictionary<int, string>();
        var filled = new bool[values.Length];
        foreach (var row in rows)
        {
            var cell = (((regions[row.Region] * breakdowns.Count) + breakdowns[row.Breakdown]) * periods.Count) + periods[row.Period];
            values[cell] = row.Value;
            filled[cell] = true;
            if (Symbol(row.Status, row.Flags) is { } symbol)
            {
                status[cell] = symbol;
            }
        }

        for (var cell = 0; cell < filled.Length; cell++)
        {
            if (!filled[cell])
            {
                status[cell] = "..";
            }
        }

        var dimension = new Dictionary<string, JsonStatDimension>(StringComparer.Ordinal)
        {
            ["region"] = new("Region", new(regions, regions.Keys.ToDictionary(k => k, k => regionNames.GetValueOrDefault(k, k), StringComparer.Ordinal))),
            ["breakdown"] = new("Breakdown", new(breakdowns, breakdowns.Keys.ToDictionary(k => k, k => k == BreakdownKey.TotalName ? "Total" : ObservationCsv.BreakdownLabel(k, categories), StringComparer.Ordinal))),
            ["period"] = new("Period", new(periods, periods.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal))),
        };
        return new JsonStatDataset(
            label,
            ["region", "breakdown", "period"],
            [regions.Count, breakdowns.Count, periods.Count],
            new JsonStatRole(["period"], ["region"]),
            dimension,
            values,
            status.Count == 0 ? null : status.ToDictionary(s => s.Key.ToString(CultureInfo.InvariantCulture), s => s.Value, StringComparer.Ordinal),
            new JsonStatExtension(measureId, unit, sources.Count == 0 ? null : [.. sources.Select(JsonStatSource.From)]))
        {
            Source = sources.Count == 0 ? null : string.Join("; ", sources.Select(s => s.TableId is null ? s.Source : $"{s.Source} {s.TableId}").Distinct(StringComparer.Ordinal)),
            Updated = sources.Count == 0 ? null : sources.Max(s => s.RetrievedAtUtc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Note = sources.Count == 0 ? null : [.. sources.Select(s => s.Describe())],
        };
    }

    /// <summary>
    /// A value's json-stat <c>status</c>: the PxWeb symbol of a cell without a number followed by the Eurostat flag
    /// letters (<c>"p"</c>, <c>"..b"</c>; a withheld cell is <c>"c"</c>, as Eurostat writes it); null for a plain published
    /// value. <see cref="Importing.StatusSymbols.Read"/> reads every form back.
    /// </summary>
    public static string? Symbol(ValueStatus status, ObservationFlags flags = ObservationFlags.None)
    {
        var symbol = status switch
        {
            ValueStatus.Missing => "..",
            ValueStatus.NotApplicable => ".",
            ValueStatus.Nil => "-",
            _ => "",
        };
        var text = symbol + FlagLetters.Of(status, flags);
        return text.Length == 0 ? null : text;
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            index.TryAdd(id, index.Count);
        }

        return index;
    }
}
