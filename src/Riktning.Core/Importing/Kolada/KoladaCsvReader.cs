using CsvHelper;
using CsvHelper.Configuration;

namespace Riktning.Importing.Kolada;

/// <summary>
/// Reads a Kolada data dump in CSV, one KPI per file, as open-numbers' ddf--kolada--dump writes it:
/// <c>geo,year,gender,n01951</c> with values like <c>143767.0</c>. Columns are found by name; the one column that is not
/// geo/municipality, year/period or gender holds the values and names the KPI. An empty value is Missing. Rows are read
/// one at a time, by CsvHelper (quoted fields and CRLF or LF line ends included).
/// </summary>
public static class KoladaCsvReader
{
    public static IEnumerable<KoladaValue> Read(TextReader reader, string source)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null };
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new ImportFormatException($"{source}: the file is empty.");
        }

        var columns = KoladaCsvColumns.FromHeader(header, source);
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (csv.Parser.Count == 1 && string.IsNullOrEmpty(csv.GetField(0)))
            {
                continue;
            }

            yield return ReadRow(csv, columns, source, line);
        }
    }

    private static KoladaValue ReadRow(CsvReader csv, KoladaCsvColumns columns, string source, int line)
    {
        if (csv.Parser.Count != columns.Count)
        {
            throw new ImportFormatException($"{source} line {line}: {csv.Parser.Count} fields, the header has {columns.Count}.");
        }

        var year = csv.GetField(columns.Period) ?? "";
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var period))
        {
            throw new ImportFormatException($"{source} line {line}: '{year}' is not a year.");
        }

        var raw = csv.GetField(columns.Value) ?? "";
        double? value = null;
        if (raw.Length > 0)
        {
            value = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                ? number
                : throw new ImportFormatException($"{source} line {line}: '{raw}' is not a number.");
        }

        var gender = columns.Gender is { } g ? csv.GetField(g) ?? "" : "T";
        return new KoladaValue(columns.Kpi, csv.GetField(columns.Municipality) ?? "", period, gender, value, value is null ? ValueStatus.Missing : ValueStatus.Present);
    }
}
