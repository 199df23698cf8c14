using System.Text.RegularExpressions;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// Which observations a query asks for. Empty lists mean "all". Breakdowns are kept in canonical form
/// (<see cref="BreakdownKey"/>), so <c>sex=women;age=20-64</c> and <c>age=20-64;sex=women</c> ask for the same series.
/// </summary>
public sealed partial record ObservationFilter(
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Periods,
    string? From,
    string? To,
    IReadOnlyList<string> Breakdowns,
    ObservationFormat Format,
    int Limit,
    int Offset)
{
    /// <summary>The API's spelling of the total breakdown, which is stored as the empty key.</summary>

    public static (ObservationFilter? Filter, ParameterProblem? Problem) Parse(
        string[]? region, string[]? period, string? from, string? to, string[]? breakdown, string? format, string? accept,
        string? limit = null, string? offset = null, int maxRows = int.MaxValue)
    {
        var (page, pageProblem) = ApiPage.Parse(limit, offset, maxRows);
        if (page is null)
        {
            return (null, pageProblem);
        }

        var regions = Distinct(region);
        if (regions.FirstOrDefault(r => !RegionKey.IsWellFormed(r)) is { } badRegion)
        {
            return (null, new("region", $"'{badRegion}' is not a region key such as SE-17, SE-1780 or NO-34."));
        }

        var periods = Distinct(period);
        foreach (var (name, value) in periods.Select(p => ("period", (string?)p)).Append(("from", from)).Append(("to", to)))
        {
            if (value is not null && !PeriodPattern().IsMatch(value))
            {
                return (null, new(name, $"'{value}' is not a period such as 2024, 2024K1 or 2024M01."));
            }
        }

        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
        {
            return (null, new("from", $"'from' ({from}) comes after 'to' ({to})."));
        }

        var breakdowns = new List<string>();
        foreach (var key in Distinct(breakdown))
        {
            if (Canonical(key) is not { } canonical)
            {
                return (null, new("breakdown", $"'{key}' is not a breakdown such as total, sex=women or age=20-64;sex=women."));
            }

            breakdowns.Add(canonical);
        }

        ObservationFormat chosen;
        switch (format)
        {
            case null or "" or "json":
                chosen = accept is not null && (accept.Contains("application/json+stat", StringComparison.OrdinalIgnoreCase)
                    || accept.Contains("application/stat+json", StringComparison.OrdinalIgnoreCase))
                    ? ObservationFormat.JsonStat2
                    : ObservationFormat.Json;
                break;
            case "json-stat2" or "jsonstat2":
                chosen = ObservationFormat.JsonStat2;
                break;
            case "csv":
                chosen = ObservationFormat.Csv;
                break;
            case "xlsx":
                chosen = ObservationFormat.Xlsx;
                break;
            default:
                return (null, new("format", $"'{format}' is not a format; use json, json-stat2, csv or xlsx."));
        }

        return (new ObservationFilter(regions, periods, from, to, [.. breakdowns.Distinct(StringComparer.Ordinal)], chosen, page.Limit, page.Offset), null);
    }

    /// <summary>
    /// The filter as one canonical string, for cache keys and ETags: regions, periods and breakdowns sorted, so the same
    /// selection asked in another order (the answer is sorted anyway) shares one cached answer and one tag.
    /// </summary>
    public string Key => string.Join('\u001f',
        string.Join(',', Regions.Order(StringComparer.Ordinal)),
        string.Join(',', Periods.Order(StringComparer.Ordinal)),
        From ?? "",
        To ?? "",
        string.Join(',', Breakdowns.Order(StringComparer.Ordinal)),
        Format.ToString(),
        Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Offset.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string? Canonical(string key)
    {
        if (key == BreakdownKey.TotalName)
        {
            return BreakdownKey.Total;
        }

        var parts = key.Split(';');
        if (parts.Any(p => !BreakdownPartPattern().IsMatch(p)))
        {
            return null;
        }

        var pairs = parts.Select(p => p.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1])).ToList();
        return pairs.DistinctBy(p => p.Key, StringComparer.Ordinal).Count() == pairs.Count ? BreakdownKey.Format(pairs) : null;
    }

    private static List<string> Distinct(string[]? values) =>
        values is null ? [] : [.. values.Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex("^[0-9]{4}([A-Z][0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]+=[^;=]+$", RegexOptions.CultureInvariant)]
    private static partial Regex BreakdownPartPattern();
}
