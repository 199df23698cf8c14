using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Riktning.Importing.Tabular;

/// <summary>
/// A CSV file or the first sheet of a workbook as a header (lower case, trimmed) and text cells with their line
/// numbers: what every upload (figures, interventions, projects) is read through before its own columns are checked. Pure.
/// </summary>
public sealed record TabularTable(IReadOnlyList<string> Header, IReadOnlyList<TabularLine> Lines)
{
    /// <summary>
    /// The separator is detected among <paramref name="delimiters"/>, or CsvHelper's defaults (',', ';', '|', tab) when
    /// null. A format whose lists are separated by ';' but whose files are not narrows them, so that a file full of
    /// lists is not mistaken for a ';'-separated one. <paramref name="shortRowHint"/> replaces the advice given when a
    /// row has more or fewer fields than the header (by default: quote values that contain the separator).
    /// </summary>
    public static TabularTable FromCsv(TextReader text, string source, string[]? delimiters = null, string? shortRowHint = null)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectDelimiter = true };
        if (delimiters is not null)
        {
            configuration = configuration with { DetectDelimiterValues = delimiters };
        }

        using var csv = new CsvReader(text, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new ImportFormatException($"{source}: line 1: the file has no header row");
        }

        var lines = new List<TabularLine>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (csv.Parser.Count != header.Length)
            {
                // Most often an unquoted value that contains the separator; say which separator the file was read with.
                throw new ImportFormatException(
                    $"{source}: line {line}: {csv.Parser.Count} fields but the header has {header.Length}; {shortRowHint ?? $"quote values that contain {Plural(csv.Parser.Delimiter)}"}");
            }

            var cells = Enumerable.Range(0, header.Length).Select(i => csv.GetField(i)).ToList();
            if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                lines.Add(new TabularLine(line, cells));
            }
        }

        return new TabularTable(header.Select(h => h.Trim().ToLowerInvariant()).ToList(), lines);
    }

    public static TabularTable FromExcel(Stream stream, string source)
    {
        List<IDictionary<string, object?>> sheet;
        try
        {
            sheet = [.. stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw new ImportFormatException($"{source}: not a readable .xlsx workbook ({ex.Message})", ex);
        }

        if (sheet.Count == 0)
        {
            throw new ImportFormatException($"{source}: line 1: the sheet has no header row");
        }

        var letters = sheet[0].Keys.ToArray();
        var header = letters.Select(letter => Text(sheet[0][letter])?.Trim().ToLowerInvariant() ?? "").ToList();
        var lines = new List<TabularLine>();
        for (var r = 1; r < sheet.Count; r++)
        {
            var cells = letters.Select(letter => Text(sheet[r][letter])).ToList();
            if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                lines.Add(new TabularLine(r + 1, cells));
            }
        }

        return new TabularTable(header, lines);
    }

    private static string Plural(string delimiter) => delimiter switch
    {
        "," => "commas",
        ";" => "semicolons",
        "\t" => "tabs",
        var other => $"'{other}'",
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };
}
