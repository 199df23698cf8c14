using CsvHelper;
using MiniExcelLibs;
using Riktning.Importing.Tabular;

namespace Riktning.Plans;

/// <summary>
/// The bulk format of interventions (docs/interventions-format.md): one row per intervention, lists separated by
/// ';', one financing column per source and a perspective and motivation column per perspective. Pure: rows in and
/// out, no database.
/// </summary>
public static class InterventionTable
{
    private const string FinancingPrefix = "financing-";
    private const string PerspectivePrefix = "perspective-";
    private const string MotivationPrefix = "motivation-";

    private static readonly string[] Fixed =
    [
        "key", "name", "description", "organisation", "partners", "plan", "start-date", "end-date", "status", "budget",
        "goals", "indicators", "current-state", "activities", "results", "effects", "goal-contribution",
        "keys-for-change", "smart-specialisations", "missions",
    ];

    /// <summary>The columns in export order for a strategy with these perspectives.</summary>
    public static IReadOnlyList<string> Columns(IEnumerable<string> perspectiveIds)
    {
        var perspectives = perspectiveIds.ToList();
        return
        [
            .. Fixed.Take(10),
            .. Enum.GetValues<FinancingSource>().Select(s => FinancingPrefix + PlanningSpelling.Format(s)),
            .. Fixed.Skip(10),
            .. perspectives.SelectMany(p => new[] { PerspectivePrefix + p, MotivationPrefix + p }),
        ];
    }

    /// <summary>The rows of a table; unknown or repeated columns and a missing key column are errors naming line 1.</summary>
    public static IReadOnlyList<InterventionRow> Read(TabularTable table, string source)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in table.Header.Where(h => h.Length > 0))
        {
            var known = Fixed.Contains(column, StringComparer.Ordinal)
                || (column.StartsWith(FinancingPrefix, StringComparison.Ordinal) && PlanningSpelling.TryParse<FinancingSource>(column[FinancingPrefix.Length..], out _))
                || column.StartsWith(PerspectivePrefix, StringComparison.Ordinal) || column.StartsWith(MotivationPrefix, StringComparison.Ordinal);
            if (!known)
            {
                throw new ImportFormatException($"{source}: line 1: unknown column '{column}' (see docs/interventions-format.md)");
            }

            if (!seen.Add(column))
            {
                throw new ImportFormatException($"{source}: line 1: column '{column}' appears twice");
            }
        }

        if (!seen.Contains("key"))
        {
            throw new ImportFormatException($"{source}: line 1: the required column 'key' is missing");
        }

        return table.Lines.Select(line => new InterventionRow(line.Line, Fields(table.Header, line))).ToList();
    }

    /// <summary>The column a validation problem's field came from, e.g. <c>Financing[interreg]</c> → <c>financing-interreg</c>.</summary>
    public static string ColumnOf(string field)
    {
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        if (bracket > 0)
        {
            var inner = field[(bracket + 1)..^1];
            return field[..bracket] switch
            {
                "Financing" => FinancingPrefix + inner,
                "Assessments" => PerspectivePrefix + inner,
                _ => MotivationPrefix + inner,
            };
        }

        return string.Concat(field.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    public static void WriteCsv(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<InterventionFields> rows)
    {
        using var csv = new CsvWriter(writer, TabularText.ExportCsv, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                csv.WriteField(Cell(row, column));
            }

            csv.NextRecord();
        }
    }

    public static void WriteExcel(Stream stream, IReadOnlyList<string> columns, IEnumerable<InterventionFields> rows)
    {
        var sheet = rows.Select(row => columns.ToDictionary(c => c, c => (object?)Cell(row, c), StringComparer.Ordinal)).ToList();
        if (sheet.Count == 0)
        {
            // MiniExcel takes its header from the first row; an empty export still carries the columns.
            stream.SaveAs(new[] { columns.ToDictionary(c => c, _ => (object?)null, StringComparer.Ordinal) }, sheetName: "interventions");
            return;
        }

        stream.SaveAs(sheet, sheetName: "interventions");
    }

    private static string? Cell(InterventionFields row, string column) => column switch
    {
        "key" => row.Key,
        "name" => row.Name,
        "description" => row.Description,
        "organisation" => row.Organisation,
        "partners" => string.Join(';', row.Partners),
        "plan" => row.Plan,
        "start-date" => row.StartDate,
        "end-date" => row.EndDate,
        "status" => row.Status,
        "budget" => row.Budget,
        "goals" => string.Join(';', row.Goals),
        "indicators" => string.Join(';', row.Indicators),
        "current-state" => row.CurrentState,
        "activities" => row.Activities,
        "results" => row.Results,
        "effects" => row.Effects,
        "goal-contribution" => row.GoalContribution,
        "keys-for-change" => string.Join(';', row.KeysForChange),
        "smart-specialisations" => string.Join(';', row.SmartSpecialisations),
        "missions" => string.Join(';', row.Missions),
        _ when column.StartsWith(FinancingPrefix, StringComparison.Ordinal) => row.Financing.GetValueOrDefault(column[FinancingPrefix.Length..]),
        _ when column.StartsWith(PerspectivePrefix, StringComparison.Ordinal) => row.Assessments.GetValueOrDefault(column[PerspectivePrefix.Length..]) ?? "neutral",
        _ when column.StartsWith(MotivationPrefix, StringComparison.Ordinal) => row.Motivations.GetValueOrDefault(column[MotivationPrefix.Length..]),
        _ => null,
    };

    private static InterventionFields Fields(IReadOnlyList<string> header, TabularLine line)
    {
        var fields = new InterventionFields();
        for (var i = 0; i < header.Count; i++)
        {
            var column = header[i];
            var value = line.Cells[i]?.Trim();
            if (column.Length == 0 || string.IsNullOrEmpty(value))
            {
                continue;
            }

            List<string> List() => value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            switch (column)
            {
                case "key": fields.Key = value; break;
                case "name": fields.Name = value; break;
                case "description": fields.Description = value; break;
                case "organisation": fields.Organisation = value; break;
                case "partners": fields.Partners = List(); break;
                case "plan": fields.Plan = value; break;
                case "start-date": fields.StartDate = value; break;
                case "end-date": fields.EndDate = value; break;
                case "status": fields.Status = value; break;
                case "budget": fields.Budget = value; break;
                case "goals": fields.Goals = List(); break;
                case "indicators": fields.Indicators = List(); break;
                case "current-state": fields.CurrentState = value; break;
                case "activities": fields.Activities = value; break;
                case "results": fields.Results = value; break;
                case "effects": fields.Effects = value; break;
                case "goal-contribution": fields.GoalContribution = value; break;
                case "keys-for-change": fields.KeysForChange = List(); break;
                case "smart-specialisations": fields.SmartSpecialisations = List(); break;
                case "missions": fields.Missions = List(); break;
                default:
                    if (column.StartsWith(FinancingPrefix, StringComparison.Ordinal))
                    {
                        fields.Financing[column[FinancingPrefix.Length..]] = value;
                    }
                    else if (column.StartsWith(PerspectivePrefix, StringComparison.Ordinal))
                    {
                        fields.Assessments[column[PerspectivePrefix.Length..]] = value;
                    }
                    else
                    {
                        fields.Motivations[column[MotivationPrefix.Length..]] = value;
                    }

                    break;
            }
        }

        return fields;
    }
}
