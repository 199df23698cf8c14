using System.Globalization;

namespace Riktning.Importing.Kolada;

/// <summary>
/// Reads a Kolada data dump in CSV, one KPI per file, as open-numbers' ddf--kolada--dump writes it:
/// <c>geo,year,gender,n01951</c> with values like <c>143767.0</c>. Columns are found by name; the one column that is not
/// geo/municipality, year/period or gender holds the values and names the KPI. An empty value is Missing. Rows are read
/// one at a time.
/// </summary>
public static class KoladaCsvReader
{
    public static IEnumerable<KoladaValue> Read(TextReader reader, string source)
    {
        var header = reader.ReadLine() ?? throw new ImportFormatException($"{source}: the file is empty.");
        var columns = KoladaCsvColumns.FromHeader(header, source);
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            yield return ReadRow(text, columns, source, line);
        }
    }

    private static KoladaValue ReadRow(string text, KoladaCsvColumns columns, string source, int line)
    {
        // The dump has no quoted fields: codes, years, K/M and plain numbers.
        var fields = text.Split(',');
        if (fields.Length != columns.Count)
        {
            throw new ImportFormatException($"{source} line {line}: {fields.Length} fields, the header has {columns.Count}.");
        }

        if (!int.TryParse(fields[columns.Period], NumberStyles.None, CultureInfo.InvariantCulture, out var period))
        {
            throw new ImportFormatException($"{source} line {line}: '{fields[columns.Period]}' is not a year.");
        }

        var raw = fields[columns.Value];
        double? value = null;
        if (raw.Length > 0)
        {
            value = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                ? number
                : throw new ImportFormatException($"{source} line {line}: '{raw}' is not a number.");
        }

        var gender = columns.Gender is { } g ? fields[g] : "T";
        return new KoladaValue(columns.Kpi, fields[columns.Municipality], period, gender, value, value is null ? ValueStatus.Missing : ValueStatus.Present);
    }
}
