using System.Text.RegularExpressions;

namespace Riktning.CrossBorder.Commuting;

/// <summary>
/// Turns a parsed origin–destination table (json-stat2 or PC-Axis, as SSB, the Nordic Statistics database and SCB publish
/// them) into commuting rows. Pure. The dimensions are found by role and name: time (<c>Tid</c>, <c>time</c>), sex
/// (<c>Kjonn</c>, <c>Kon</c>, <c>sex</c>), the place of residence (<c>Bosted…</c>, <c>Bostad…</c>, <c>…residence</c>)
/// and the place of work (<c>Arbeidssted…</c>, <c>Arbetsställe…</c>, <c>…work</c>), unless the caller names them.
/// Codes without a country are read as Swedish for the residence and Norwegian for the place of work (the tables are
/// about people living in Sweden and working in Norway); codes such as <c>SE1780</c>, <c>NO-3401</c> carry their own.
/// Empty cells (<c>..</c>, <c>:</c>) and zeros are not flows and are left out; SSB's special codes (abroad, the
/// continental shelf, unknown kommune) are left out with a note, and any other code that is no region code refuses the
/// table at the first row that uses it.
/// </summary>
public static partial class CommutingTableReader
{
    public static CommutingTable Read(StatisticsDataset dataset, string source, string file, string? originDimension = null, string? destinationDimension = null)
    {
        var dimensions = dataset.Dimensions;
        var time = Find(dimensions, d => d.Role == DimensionRole.Time || Is(d, "tid", "time", "år", "year", "ar"));
        if (time < 0)
        {
            throw new ImportFormatException($"{file}: no time dimension (dimensions: {Names(dimensions)})");
        }

        var sex = Find(dimensions, d => Is(d, "kjonn", "kjønn", "kon", "kön", "sex", "gender"));
        var origin = originDimension is null
            ? Find(dimensions, (d, i) => i != time && i != sex && d.Role != DimensionRole.Metric && Mentions(d, "bost", "bokommun", "resid"))
            : Named(dimensions, originDimension, "--origin", file);
        var destination = destinationDimension is null
            ? Find(dimensions, (d, i) => i != time && i != sex && i != origin && d.Role != DimensionRole.Metric && Mentions(d, "arbeid", "arbets", "arbst", "work"))
            : Named(dimensions, destinationDimension, "--destination", file);

        // A table with one place dimension left unnamed: the geographic one that is left is it.
        destination = destination >= 0 ? destination : Find(dimensions, (d, i) => i != time && i != origin && d.Role == DimensionRole.Geo);
        origin = origin >= 0 ? origin : Find(dimensions, (d, i) => i != time && i != destination && d.Role == DimensionRole.Geo);
        if (origin < 0 || destination < 0 || origin == destination)
        {
            throw new ImportFormatException(
                $"{file}: cannot tell the place of residence and the place of work apart (dimensions: {Names(dimensions)}); name them with --origin and --destination");
        }

        var notes = new List<string>();
        var origins = Places(dimensions[origin], "SE", file, notes);
        var destinations = Places(dimensions[destination], "NO", file, notes);
        var years = dimensions[time].Categories.Select(c => Year(c, dimensions[time], file)).ToArray();
        var sexes = sex < 0 ? null : dimensions[sex].Categories.Select(c => Sex(c, dimensions[sex], file)).ToArray();

        // Every other dimension must hold one value per cell: a single category, or the total the source names.
        var fixedCategories = new List<(int Index, int Category)>();
        for (var i = 0; i < dimensions.Count; i++)
        {
            if (i == time || i == sex || i == origin || i == destination || dimensions[i].Categories.Count == 1)
            {
                continue;
            }

            var total = dimensions[i].TotalCode is { } code ? dimensions[i].IndexOf(code) : -1;
            if (total < 0)
            {
                throw new ImportFormatException(
                    $"{file}: dimension '{dimensions[i].Code}' has {dimensions[i].Categories.Count} categories and no total; a commuting table holds one number per residence, place of work, year and sex");
            }

            fixedCategories.Add((i, total));
        }

        var rows = new List<CommutingRow>();
        var indexes = new int[dimensions.Count];
        foreach (var cell in dataset.Cells)
        {
            dataset.GetCategoryIndexes(cell.Ordinal, indexes);
            if (cell.Value is not { } persons || persons == 0 || fixedCategories.Any(f => indexes[f.Index] != f.Category))
            {
                continue;
            }

            var where = $"row {(cell.Ordinal + 1).ToString(CultureInfo.InvariantCulture)} ({string.Join(", ", dimensions.Select((d, i) => $"{d.Code}={d.Categories[indexes[i]].Code}"))})";
            if (!double.IsFinite(persons) || persons < 0)
            {
                throw new ImportFormatException($"{file}: {where}: {persons.ToString(CultureInfo.InvariantCulture)} is not a number of persons");
            }

            var from = origins[indexes[origin]];
            var to = destinations[indexes[destination]];
            if (from.LeftOut || to.LeftOut)
            {
                continue;
            }

            var year = years[indexes[time]];
            rows.Add(new CommutingRow(
                where, from.Code, from.Key, to.Code, to.Key, year, sexes?[indexes[sex]] ?? "", persons, CommutingSources.IsSeriesBreak(source, year)));
        }

        return new CommutingTable(WithTotals(rows, notes), notes);
    }

    /// <summary>A table by sex without its total gets one, women + men, so that the flows of both sexes are there to show.</summary>
    private static List<CommutingRow> WithTotals(List<CommutingRow> rows, List<string> notes)
    {
        var totals = rows.Where(r => r.Sex.Length == 0).Select(r => (r.Origin, r.Destination, r.Year)).ToHashSet();
        var derived = rows
            .Where(r => r.Sex.Length > 0 && !totals.Contains((r.Origin, r.Destination, r.Year)))
            .GroupBy(r => (r.Origin, r.Destination, r.Year))
            .Select(g => g.First() with { Sex = "", Persons = g.Sum(r => r.Persons) })
            .ToList();
        if (derived.Count > 0)
        {
            notes.Add($"{derived.Count} totals of both sexes derived by Riktning as women + men");
        }

        return [.. rows, .. derived];
    }

    private static Place[] Places(DatasetDimension dimension, string country, string file, List<string> notes) =>
        [.. dimension.Categories.Select(c =>
        {
            if (c.Code == dimension.TotalCode)
            {
                return new Place(c.Code, country, false);
            }

            if (CountryCoded().Match(c.Code.Trim()) is { Success: true } match)
            {
                return new Place(c.Code, RegionKey.Format(match.Groups[1].Value.ToUpperInvariant(), match.Groups[2].Value), false);
            }

            if (RegionKey.TryParse(c.Code, out var key))
            {
                return new Place(c.Code, key.ToString(), false);
            }

            if (country == "NO" && NorwegianRegionCodes.WhyNotARegion(c.Code, c.Label) is { } why)
            {
                notes.Add($"{file}: {dimension.Code} code '{c.Code}' left out: {why}");
                return new Place(c.Code, null, true);
            }

            return new Place(c.Code, country == "SE" ? SwedishRegionCodes.ToKey(c.Code) : NorwegianRegionCodes.ToKey(c.Code), false);
        })];

    private static int Year(DatasetCategory category, DatasetDimension dimension, string file) =>
        YearCode().Match(category.Code.Trim()) is { Success: true } match && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var year and >= 1900 and <= 2100
            ? year
            : throw new ImportFormatException($"{file}: dimension '{dimension.Code}' category '{category.Code}' is not a year (2019, 2019K4)");

    private static string Sex(DatasetCategory category, DatasetDimension dimension, string file)
    {
        if (category.Code == dimension.TotalCode)
        {
            return "";
        }

        if (SexCodes.Translate(category.Code) is { } sex)
        {
            return sex == SexCodes.Total ? "" : sex;
        }

        var label = category.Label.ToLowerInvariant();
        return label switch
        {
            _ when label.Contains("total", StringComparison.Ordinal) || label.Contains("i alt", StringComparison.Ordinal) || label.Contains("båda", StringComparison.Ordinal) || label.Contains("begge", StringComparison.Ordinal) || label.Contains("both", StringComparison.Ordinal) => "",
            _ when label.Contains("kvinn", StringComparison.Ordinal) || label.Contains("women", StringComparison.Ordinal) || label.Contains("female", StringComparison.Ordinal) => SexCodes.Women,
            _ when label.Contains("menn", StringComparison.Ordinal) || label.Contains("män", StringComparison.Ordinal) || label.Contains("men", StringComparison.Ordinal) || label.Contains("male", StringComparison.Ordinal) => SexCodes.Men,
            _ => throw new ImportFormatException($"{file}: dimension '{dimension.Code}' category '{category.Code}' ({category.Label}) is not a known sex code"),
        };
    }

    private static bool Is(DatasetDimension dimension, params string[] names) =>
        names.Any(n => string.Equals(dimension.Code, n, StringComparison.OrdinalIgnoreCase));

    private static bool Mentions(DatasetDimension dimension, params string[] parts) =>
        parts.Any(p => dimension.Code.Contains(p, StringComparison.OrdinalIgnoreCase) || dimension.Label.Contains(p, StringComparison.OrdinalIgnoreCase));

    private static int Find(IReadOnlyList<DatasetDimension> dimensions, Func<DatasetDimension, bool> test) => Find(dimensions, (d, _) => test(d));

    private static int Find(IReadOnlyList<DatasetDimension> dimensions, Func<DatasetDimension, int, bool> test)
    {
        for (var i = 0; i < dimensions.Count; i++)
        {
            if (test(dimensions[i], i))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Named(IReadOnlyList<DatasetDimension> dimensions, string code, string option, string file) =>
        Find(dimensions, d => string.Equals(d.Code, code, StringComparison.Ordinal)) is var index and >= 0
            ? index
            : throw new ImportFormatException($"{option}: {file} has no dimension '{code}' (dimensions: {Names(dimensions)})");

    private static string Names(IReadOnlyList<DatasetDimension> dimensions) => string.Join(", ", dimensions.Select(d => d.Code));

    [GeneratedRegex("^(SE|NO)[-_ ]?([0-9]{2}|[0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountryCoded();

    [GeneratedRegex("^([0-9]{4})([KQM][0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearCode();

    /// <summary>A place category: its code, the region key it translates to (null when none), or left out by rule.</summary>
    private sealed record Place(string Code, string? Key, bool LeftOut);
}

/// <summary>The rows of a commuting table and the notes on what was left out or derived.</summary>
public sealed record CommutingTable(IReadOnlyList<CommutingRow> Rows, IReadOnlyList<string> Notes);
