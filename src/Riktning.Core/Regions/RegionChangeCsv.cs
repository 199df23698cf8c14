using CsvHelper;
using CsvHelper.Configuration;

namespace Riktning.Regions;

/// <summary>
/// The registry's change-table file (<c>country,level,from_code,to_code,kind,effective_from,weight,weight_source,source</c>;
/// see regions/README.md), read and written. A weight is only ever read together with the name of whoever published it.
/// </summary>
public static class RegionChangeCsv
{
    private static readonly string[] Columns = ["country", "level", "from_code", "to_code", "kind", "effective_from", "weight", "weight_source", "source"];

    public static IReadOnlyList<RegionChange> Read(TextReader text, string fileName)
    {
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || !csv.HeaderRecord.SequenceEqual(Columns, StringComparer.Ordinal))
        {
            throw new RegionListException($"{fileName}:1: expected the header '{string.Join(',', Columns)}'");
        }

        var changes = new List<RegionChange>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string Field(string name) => csv.GetField(name) ?? "";
            var country = Field("country");
            if (!RegionKey.Countries.Contains(country, StringComparer.Ordinal))
            {
                throw new RegionListException($"{fileName}:{line}: country: '{country}' is not SE or NO");
            }

            var level = Field("level") switch
            {
                "county" => RegionLevel.County,
                "municipality" => RegionLevel.Municipality,
                var other => throw new RegionListException($"{fileName}:{line}: level: '{other}' is not county or municipality"),
            };
            var kind = Field("kind") switch
            {
                "renumbered" => RegionChangeKind.Renumbered,
                "merged" => RegionChangeKind.Merged,
                "split" => RegionChangeKind.Split,
                var other => throw new RegionListException($"{fileName}:{line}: kind: '{other}' is not renumbered, merged or split"),
            };
            var (from, to) = (Field("from_code"), Field("to_code"));
            if (!RegionKey.IsWellFormed(RegionKey.Format(country, from)) || !RegionKey.IsWellFormed(RegionKey.Format(country, to)))
            {
                throw new RegionListException($"{fileName}:{line}: from_code/to_code: '{from}'/'{to}' are not region codes");
            }

            if (!DateOnly.TryParseExact(Field("effective_from"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
            {
                throw new RegionListException($"{fileName}:{line}: effective_from: '{Field("effective_from")}' is not a date (yyyy-MM-dd)");
            }

            double? weight = null;
            if (Field("weight") is { Length: > 0 } weightText)
            {
                weight = double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) && w is > 0 and <= 1 ? w
                    : throw new RegionListException($"{fileName}:{line}: weight: '{weightText}' is not a share between 0 and 1");
                if (Field("weight_source").Length == 0)
                {
                    throw new RegionListException($"{fileName}:{line}: weight_source: a weight must name who published it");
                }
            }

            changes.Add(new RegionChange
            {
                Country = country,
                Level = level,
                FromCode = from,
                ToCode = to,
                Kind = kind,
                EffectiveFrom = effective,
                Weight = weight,
                WeightSource = weight is null ? null : Field("weight_source"),
                Source = Field("source") is { Length: > 0 } source ? source : $"{fileName}:{line}",
            });
        }

        return changes;
    }

    public static void Write(TextWriter text, IEnumerable<RegionChange> changes)
    {
        using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var c in changes)
        {
            csv.WriteField(c.Country);
            csv.WriteField(c.Level == RegionLevel.County ? "county" : "municipality");
            csv.WriteField(c.FromCode);
            csv.WriteField(c.ToCode);
            csv.WriteField(c.Kind.ToString().ToLowerInvariant());
            csv.WriteField(c.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(c.Weight?.ToString("R", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(c.WeightSource ?? "");
            csv.WriteField(c.Source);
            csv.NextRecord();
        }
    }
}
