using CsvHelper;
using MiniExcelLibs;
using Riktning.Importing.Tabular;

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
        "keys-for-change", "smart-specialisations", "missions",
    ];

    private static readonly string[] Required = ["key", "name", "programme", "owner", "regions", "start", "status"];

    // Lists inside cells are separated by ';', so a file must not be taken for a ';'-separated one; the format is
    // comma-separated (docs/projects-format.md), and a sheet saved as text is tab-separated.
    private static readonly string[] Delimiters = [",", "\t"];

    public static IReadOnlyList<ProjectRow> FromCsv(TextReader text, string source, CancellationToken cancellationToken = default) =>
        Read(TabularTable.FromCsv(text, source, Delimiters, cancellationToken: cancellationToken), source);

    /// <summary>The first worksheet; row 1 is the header.</summary>
    public static IReadOnlyList<ProjectRow> FromExcel(Stream stream, string source, CancellationToken cancellationToken = default) =>
        Read(TabularTable.FromExcel(stream, source, cancellationToken), source);

    public static void WriteCsv(TextWriter text, IEnumerable<ProjectInput> projects)
    {
        using var csv = new CsvWriter(text, TabularText.ExportCsv, leaveOpen: true);
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
        Codes.JoinList(p.KeysForChange), Codes.JoinList(p.SmartSpecialisations), Codes.JoinList(p.Missions),
    ];

    private static List<ProjectRow> Read(TabularTable table, string source)
    {
        var columns = Header(table.Header, source);
        return [.. table.Lines.Select(line => new ProjectRow(line.Line, Input(columns, i => line.Cells[i])))];
    }

    private static Dictionary<string, int> Header(IReadOnlyList<string> header, string source)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
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
            KeysForChange = List("keys-for-change"),
            SmartSpecialisations = List("smart-specialisations"),
            Missions = List("missions"),
        };
    }
}
