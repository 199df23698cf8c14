using CsvHelper;
using CsvHelper.Configuration;

namespace Riktning.Regions;

/// <summary>A region code list file could not be read; the message names the file, line and field.</summary>
public sealed class RegionListException(string message) : InvalidInputException(message);

/// <summary>
/// Reads a region code list (<c>country,code,level,name,parent,valid_from,valid_to</c>; see regions/README.md).
/// Pure: text in, regions out.
/// </summary>
public static class RegionCsvReader
{
    private static readonly string[] Columns = ["country", "code", "level", "name", "parent", "valid_from", "valid_to"];

    public static IReadOnlyList<Region> Read(TextReader text, string fileName)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim };
        using var csv = new CsvReader(text, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || !csv.HeaderRecord.SequenceEqual(Columns, StringComparer.Ordinal))
        {
            throw new RegionListException($"{fileName}:1: expected the header '{string.Join(',', Columns)}'");
        }

        var regions = new List<Region>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string Field(string name) => csv.GetField(name) ?? "";
            string? Optional(string name) => Field(name) is { Length: > 0 } value ? value : null;

            var country = Field("country");
            if (country is not ("SE" or "NO"))
            {
                throw new RegionListException($"{fileName}:{line}: country: '{country}' is not SE or NO");
            }

            var levelText = Field("level");
            var level = levelText switch
            {
                "country" => RegionLevel.Country,
                "county" => RegionLevel.County,
                "municipality" => RegionLevel.Municipality,
                _ => throw new RegionListException($"{fileName}:{line}: level: '{levelText}' is not country, county or municipality"),
            };

            var code = Field("code");
            var name = Field("name");
            if (code.Length == 0 || !code.All(char.IsAsciiDigit) || name.Length == 0)
            {
                throw new RegionListException($"{fileName}:{line}: code and name are required and the code is digits only");
            }

            regions.Add(new Region
            {
                Country = country,
                Code = code,
                Level = level,
                Name = name,
                ParentCode = Optional("parent"),
                ValidFrom = Date(Optional("valid_from"), "valid_from"),
                ValidTo = Date(Optional("valid_to"), "valid_to"),
            });

            DateOnly? Date(string? value, string field) =>
                value is null ? null
                : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
                : throw new RegionListException($"{fileName}:{line}: {field}: '{value}' is not a date (yyyy-MM-dd)");
        }

        return regions;
    }

    /// <summary>Writes regions in the same layout (the file <c>riktning regions load-norway --write</c> generates).</summary>
    public static void Write(TextWriter text, IEnumerable<Region> regions)
    {
        using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var r in regions)
        {
            csv.WriteField(r.Country);
            csv.WriteField(r.Code);
            csv.WriteField(r.Level switch { RegionLevel.Country => "country", RegionLevel.County => "county", _ => "municipality" });
            csv.WriteField(r.Name);
            csv.WriteField(r.ParentCode ?? "");
            csv.WriteField(r.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(r.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            csv.NextRecord();
        }
    }
}
