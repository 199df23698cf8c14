using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Riktning.Importing;

namespace Riktning.CrossBorder;

/// <summary>
/// Reads and writes projects as CSV or Excel in the layout of docs/projects-format.md: one row per project, lists
/// separated by ';'. Pure: streams in, rows out (and back); the same columns both ways, so an export imports again.
/// </summary>
public static class ProjectFile
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "key", "name", "summary", "programme", "owner", "partners", "partners-se", "partners-no", "regions", "start", "end",
        "budget", "currency", "status", "cooperation-areas", "business-areas", "recommendations", "goals", "website",
    ];

    private static readonly string[] Required = ["key", "name", "programme", "owner", "regions", "start", "status"];

    public static IReadOnlyList<ProjectRow> FromCsv(TextReader text, string source)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectDelimiter = true, DetectDelimiterValues = [",", "\t"] };
        using var csv = new CsvReader(text, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new ImportFormatException($"{source}: line 1: the file has no header row");
        }

        var columns = Header(header, source);
        var rows = new List<ProjectRow>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (csv.Parser.Count != header.Length)
            {
                throw new ImportFormatException($"{source}: line {line}: {csv.Parser.Count} fields but the header has {header.Length}; quote values that contain commas");
            }

            var fields = Enumerable.Range(0, header.Length).Select(i => csv.GetField(i)).ToArray();
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new ProjectRow(line, Input(columns, i => fields[i])));
        }

        return rows;
    }

    /// <summary>The first worksheet; row 1 is the header.</summary>
    public static IReadOnlyList<ProjectRow> FromExcel(Stream stream, string source)
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
        var columns = Header([.. letters.Select(l => Cell(sheet[0][l]) ?? "")], source);
        var rows = new List<ProjectRow>();
        for (var r = 1; r < sheet.Count; r++)
        {
            var cells = sheet[r];
            if (cells.Values.All(v => string.IsNullOrWhiteSpace(Cell(v))))
            {
                continue;
            }

            rows.Add(new ProjectRow(r + 1, Input(columns, i => Cell(cells[letters[i]]))));
        }

        return rows;
    }

    public static void WriteCsv(TextWriter text, IEnumerable<ProjectInput> projects)
    {
        using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture), leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var project in projects)
        {
            foreach (var value in Values(project))
            {
                csv.WriteField(value);
            }

            csv.NextRecord();
        }
    }

    public static void WriteExcel(Stream stream, IEnumerable<ProjectInput> projects)
    {
        // Every cell as text: amounts and dates stay exactly as the CSV writes them, and keys never become numbers.
        var rows = projects.Select(p => Columns.Zip(Values(p)).ToDictionary(c => c.First, c => (object?)c.Second, StringComparer.Ordinal)).ToList();
        if (rows.Count == 0)
        {
            rows.Add(Columns.ToDictionary(c => c, _ => (object?)null, StringComparer.Ordinal));
            stream.SaveAs(rows, sheetName: "projects");
            return;
        }

        stream.SaveAs(rows, sheetName: "projects");
    }

    private static string?[] Values(ProjectInput p) =>
    [
        p.Key, p.Name, p.Summary, p.Programme, p.Owner, Codes.JoinList(p.Partners), Codes.JoinList(p.PartnersSe), Codes.JoinList(p.PartnersNo),
        Codes.JoinList(p.Regions), p.Start, p.End, p.Budget, p.Currency, p.Status, Codes.JoinList(p.CooperationAreas),
        Codes.JoinList(p.BusinessAreas), Codes.JoinList(p.Recommendations), Codes.JoinList(p.Goals), p.Website,
    ];

    private static string? Cell(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    private static Dictionary<string, int> Header(string[] header, string source)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (name.Length == 0)
            {
                continue;
            }

            if (!Columns.Contains(name, StringComparer.Ordinal))
            {
                throw new ImportFormatException($"{source}: line 1: unknown column '{name}' (known: {string.Join(", ", Columns)})");
            }

            if (!columns.TryAdd(name, i))
            {
                throw new ImportFormatException($"{source}: line 1: column '{name}' appears twice");
            }
        }

        foreach (var required in Required.Where(r => !columns.ContainsKey(r)))
        {
            throw new ImportFormatException($"{source}: line 1: the required column '{required}' is missing");
        }

        return columns;
    }

    private static ProjectInput Input(Dictionary<string, int> columns, Func<int, string?> field)
    {
        string? Get(string column) => columns.TryGetValue(column, out var i) && field(i) is { } v && v.Trim().Length > 0 ? v.Trim() : null;
        IReadOnlyList<string> List(string column) => Codes.SplitList(Get(column));
        return new ProjectInput
        {
            Key = Get("key"),
            Name = Get("name"),
            Summary = Get("summary"),
            Programme = Get("programme"),
            Owner = Get("owner"),
            Partners = List("partners"),
            PartnersSe = List("partners-se"),
            PartnersNo = List("partners-no"),
            Regions = List("regions"),
            Start = Get("start"),
            End = Get("end"),
            Budget = Get("budget"),
            Currency = Get("currency"),
            Status = Get("status"),
            CooperationAreas = List("cooperation-areas"),
            BusinessAreas = List("business-areas"),
            Recommendations = List("recommendations"),
            Goals = List("goals"),
            Website = Get("website"),
        };
    }
}
