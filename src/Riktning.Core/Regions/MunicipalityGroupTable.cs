using Riktning.Importing.Tabular;

namespace Riktning.Regions;

/// <summary>
/// A classification as a table (CSV or the first sheet of an .xlsx), one row per municipality: <c>municipality</c> (the
/// national code, e.g. 1780), <c>group</c> (the group's name) and optionally <c>group_code</c>. Groups keep the order in
/// which they first appear. See docs/municipality-groups-format.md.
/// </summary>
public static class MunicipalityGroupTable
{
    public static IReadOnlyList<ClassificationGroupInput> Read(TabularTable table, string source)
    {
        var municipality = Column(table, source, "municipality", required: true);
        var group = Column(table, source, "group", required: true);
        var code = Column(table, source, "group_code", required: false);

        var order = new List<string>();
        var names = new Dictionary<string, (string Name, int Line)>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<ClassificationMemberInput>>(StringComparer.Ordinal);
        foreach (var line in table.Lines)
        {
            var name = Cell(line, group) ?? throw new ImportFormatException($"{source}: line {line.Line}: column 'group' is empty");
            var groupCode = (code >= 0 ? Cell(line, code) : null) ?? name;
            var municipalityCode = Cell(line, municipality) ?? throw new ImportFormatException($"{source}: line {line.Line}: column 'municipality' is empty");

            // A spreadsheet turns 0114 into the number 114: Swedish municipality codes have four digits.
            if (municipalityCode.Length == 3 && municipalityCode.All(char.IsAsciiDigit))
            {
                municipalityCode = "0" + municipalityCode;
            }

            if (!names.TryGetValue(groupCode, out var known))
            {
                names[groupCode] = (name, line.Line);
                order.Add(groupCode);
                members[groupCode] = [];
            }
            else if (known.Name != name)
            {
                throw new ImportFormatException($"{source}: line {line.Line}: column 'group': group code '{groupCode}' is named '{known.Name}' on line {known.Line} and '{name}' here");
            }

            members[groupCode].Add(new ClassificationMemberInput(municipalityCode, $"line {line.Line}"));
        }

        return table.Lines.Count == 0
            ? throw new ImportFormatException($"{source}: the file has no rows")
            : [.. order.Select(c => new ClassificationGroupInput(c, names[c].Name, members[c]))];
    }

    private static int Column(TabularTable table, string source, string name, bool required)
    {
        var index = table.Header.ToList().IndexOf(name);
        return index < 0 && required
            ? throw new ImportFormatException($"{source}: line 1: no column '{name}' (the columns are municipality, group and optionally group_code)")
            : index;
    }

    private static string? Cell(TabularLine line, int index) => line.Cells[index] is { } text && text.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
