using System.Globalization;
using System.Text;
using System.Text.Json;
using Riktning.Importing;
using Riktning.Statistics;

namespace Riktning.Bench;

/// <summary>
/// Writes a seeded json-stat2 table shaped like SCB's population tables (Region × Kon × Alder × Tid, roles geo and time,
/// SSB-style sparse status for the nulls) and the same cells as CSV rows with the series flattened into columns.
/// </summary>
internal static class BenchFileGenerator
{
    public const string MeasureId = "bench-population";

    private const int Seed = 2040;
    private const double NullShare = 0.02;
    private const int LastYear = 2024;
    private const int MaxAgeGroups = 25;

    private static readonly (string Code, string Label, string? Sex)[] Sexes = [("1", "män", SexCodes.Men), ("2", "kvinnor", SexCodes.Women), ("1+2", "totalt", null)];

    /// <summary>How the table's dimensions map to the measure: what a user's mapping for such a table would say.</summary>
    public static ImportMapping Mapping { get; } = new()
    {
        MeasureId = MeasureId,
        Breakdowns = new Dictionary<string, string>(StringComparer.Ordinal) { ["sex"] = "Kon", ["age"] = "Alder" },
    };

    public static BenchFiles Write(string repositoryRoot, string folder, int wantedValues)
    {
        var municipalities = ReadMunicipalities(Path.Combine(repositoryRoot, "regions", "se.csv"));
        var (ageCount, yearCount) = ChooseSizes(municipalities.Count * Sexes.Length, wantedValues);
        var ages = AgeGroups(ageCount);
        var years = Enumerable.Range(LastYear - yearCount + 1, yearCount).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();

        var jsonPath = Path.Combine(folder, "bench.json");
        var csvPath = Path.Combine(folder, "rows.csv");
        var values = municipalities.Count * Sexes.Length * ages.Length * years.Length;
        var nulls = 0;
        using (var json = File.Create(jsonPath))
        using (var csvFile = File.Create(csvPath))
        using (var csv = new StreamWriter(csvFile, new UTF8Encoding(false), 1 << 16))
        using (var writer = new Utf8JsonWriter(json, new JsonWriterOptions { SkipValidation = true }))
        {
            WriteHead(writer, municipalities, ages, years);
            csv.Write("region_key,period,breakdown,value,status\n");
            var random = new Random(Seed);
            var nullCells = new List<int>();
            writer.WriteStartArray("value");
            var ordinal = 0;
            foreach (var (code, _) in municipalities)
            {
                var regionKey = SwedishRegionCodes.ToKey(code)!;
                foreach (var sex in Sexes)
                {
                    foreach (var age in ages)
                    {
                        var breakdown = BreakdownKey.Format(new[] { ("sex", sex.Sex), ("age", age.Code == "tot" ? null : age.Code) }
                            .Where(p => p.Item2 is not null)
                            .Select(p => KeyValuePair.Create(p.Item1, p.Item2!)));
                        foreach (var year in years)
                        {
                            csv.Write(regionKey);
                            csv.Write(',');
                            csv.Write(year);
                            // Quoted, so that PostgreSQL's CSV reads the total's empty breakdown as '' and not as NULL.
                            csv.Write(",\"");
                            csv.Write(breakdown);
                            csv.Write("\",");
                            if (random.NextDouble() < NullShare)
                            {
                                writer.WriteNullValue();
                                nullCells.Add(ordinal);
                                csv.Write(",");
                                csv.Write(((int)ValueStatus.Missing).ToString(CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                var value = Math.Round(random.NextDouble() * 100_000) / 10;
                                writer.WriteNumberValue(value);
                                csv.Write(value.ToString(CultureInfo.InvariantCulture));
                                csv.Write(",");
                                csv.Write(((int)ValueStatus.Present).ToString(CultureInfo.InvariantCulture));
                            }

                            csv.Write('\n');
                            ordinal++;
                        }
                    }
                }
            }

            writer.WriteEndArray();
            writer.WriteStartObject("status");
            foreach (var cell in nullCells)
            {
                writer.WriteString(cell.ToString(CultureInfo.InvariantCulture), "..");
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            nulls = nullCells.Count;
        }

        var shape = string.Create(CultureInfo.InvariantCulture, $"Region {municipalities.Count} × Kon {Sexes.Length} × Alder {ages.Length} × Tid {years.Length}");
        return new BenchFiles(folder, jsonPath, csvPath, values, nulls, municipalities.Count * Sexes.Length * ages.Length, shape);
    }

    /// <summary>
    /// Age groups and years for at least <paramref name="wanted"/> cells, as few over it as possible. 290 × 3 has the factors
    /// 3 and 29, so a round million can only be approached (1 000 500 = 870 × 25 × 46), not hit.
    /// </summary>
    private static (int Ages, int Years) ChooseSizes(int perAgeAndYear, int wanted)
    {
        var best = (Ages: 1, Years: int.MaxValue, Total: long.MaxValue);
        for (var ages = 1; ages <= MaxAgeGroups; ages++)
        {
            var years = (int)Math.Max(1, ((long)wanted + ((long)perAgeAndYear * ages) - 1) / ((long)perAgeAndYear * ages));
            var total = (long)perAgeAndYear * ages * years;
            if (total <= best.Total)
            {
                best = (ages, years, total);
            }
        }

        return (best.Ages, best.Years);
    }

    /// <summary>The total (SCB's <c>tot</c>, also the elimination value) and five-year groups, the last one open.</summary>
    private static (string Code, string Label)[] AgeGroups(int count)
    {
        var groups = new (string, string)[count];
        groups[0] = ("tot", "totalt ålder");
        for (var i = 1; i < count; i++)
        {
            var from = (i - 1) * 5;
            var code = i == count - 1 && count > 1 ? $"{from}+" : $"{from}-{from + 4}";
            groups[i] = (code, code + " år");
        }

        return groups;
    }

    private static List<(string Code, string Name)> ReadMunicipalities(string file)
    {
        var municipalities = new List<(string, string)>();
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length > 3 && string.Equals(fields[2], "municipality", StringComparison.Ordinal))
            {
                municipalities.Add((fields[1], fields[3]));
            }
        }

        return municipalities.Count > 0 ? municipalities : throw new InvalidOperationException($"{file} lists no municipalities");
    }

    private static void WriteHead(Utf8JsonWriter writer, List<(string Code, string Name)> municipalities, (string Code, string Label)[] ages, string[] years)
    {
        writer.WriteStartObject();
        writer.WriteString("class", "dataset");
        writer.WriteString("label", "Folkmängd efter region, kön, ålder och år (syntetisk, för prestandamätning)");
        writer.WriteString("source", "Riktning bench");
        writer.WriteString("updated", "2025-02-21T07:00:00Z");
        writer.WriteStartArray("id");
        foreach (var id in new[] { "Region", "Kon", "Alder", "Tid" })
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("size");
        foreach (var size in new[] { municipalities.Count, Sexes.Length, ages.Length, years.Length })
        {
            writer.WriteNumberValue(size);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("dimension");
        WriteDimension(writer, "Region", "region", municipalities, null);
        WriteDimension(writer, "Kon", "kön", [.. Sexes.Select(s => (s.Code, s.Label))], null);
        WriteDimension(writer, "Alder", "ålder", ages, "tot");
        WriteDimension(writer, "Tid", "år", [.. years.Select(y => (y, y))], null);
        writer.WriteEndObject();
        writer.WriteStartObject("role");
        writer.WriteStartArray("geo");
        writer.WriteStringValue("Region");
        writer.WriteEndArray();
        writer.WriteStartArray("time");
        writer.WriteStringValue("Tid");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("extension");
        writer.WriteStartObject("px");
        writer.WriteString("tableid", "BENCH01");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteDimension(Utf8JsonWriter writer, string id, string label, IReadOnlyList<(string Code, string Label)> categories, string? total)
    {
        writer.WriteStartObject(id);
        writer.WriteString("label", label);
        writer.WriteStartObject("category");
        writer.WriteStartObject("index");
        for (var i = 0; i < categories.Count; i++)
        {
            writer.WriteNumber(categories[i].Code, i);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("label");
        foreach (var (code, text) in categories)
        {
            writer.WriteString(code, text);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        if (total is not null)
        {
            writer.WriteStartObject("extension");
            writer.WriteString("eliminationValueCode", total);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
