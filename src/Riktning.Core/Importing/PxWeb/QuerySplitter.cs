namespace Riktning.Importing.PxWeb;

/// <summary>
/// Splits a PxWebApi 2 selection that would exceed the source's <c>maxDataCells</c> (SCB 150 000, SSB 800 000) into
/// selections that each fit, together asking for exactly the same cells. It cuts the largest variable that is not time,
/// since regions and ages are where the cells are; time is cut only when nothing else is left, so that each answer
/// keeps whole series. A variable too large on its own for one value of the others is cut to single values and the
/// next variable is cut in turn.
/// </summary>
public static class QuerySplitter
{
    /// <summary>Splits a selection of explicit value codes; variables not selected are eliminated and count once.</summary>
    /// <param name="selection">One entry per selected variable, each with at least one explicit code.</param>
    /// <param name="maxCells">The most cells one request may select.</param>
    /// <param name="timeVariableCode">The time variable, cut last; null when the table has none or it does not matter.</param>
    public static IReadOnlyList<IReadOnlyList<VariableSelection>> Split(
        IReadOnlyList<VariableSelection> selection,
        long maxCells,
        string? timeVariableCode = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCells, 1);
        foreach (var variable in selection)
        {
            if (variable.ValueCodes.Count == 0)
            {
                throw new ArgumentException($"'{variable.VariableCode}' selects no values.", nameof(selection));
            }

            if (variable.ValueCodes.FirstOrDefault(IsExpression) is { } expression)
            {
                throw new ArgumentException(
                    $"'{variable.VariableCode}' selects '{expression}', which only the source can count; give explicit codes (the metadata overload expands '*').",
                    nameof(selection));
            }
        }

        var parts = new List<IReadOnlyList<VariableSelection>>();
        SplitInto([.. selection], maxCells, timeVariableCode, parts);
        return parts;
    }

    /// <summary>
    /// Splits a selection against the table's metadata (PxWebApi 2 <c>/tables/{id}/metadata</c> read by JsonStat2Parser):
    /// <c>*</c> becomes every code of the variable, and the metadata's time dimension is cut last.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<VariableSelection>> Split(
        StatisticsDataset metadata,
        IReadOnlyList<VariableSelection> selection,
        long maxCells)
    {
        var expanded = new List<VariableSelection>(selection.Count);
        foreach (var variable in selection)
        {
            var dimension = metadata.Dimensions.FirstOrDefault(d => string.Equals(d.Code, variable.VariableCode, StringComparison.Ordinal))
                ?? throw new ArgumentException($"{metadata.Source}: the table has no variable '{variable.VariableCode}'.", nameof(selection));
            var all = variable.ValueCodes is ["*"];
            if (all && variable.CodeList is not null)
            {
                // A code list replaces the table's codes with its own, which the table metadata does not list.
                throw new ArgumentException($"'{variable.VariableCode}' selects '*' of code list '{variable.CodeList}'; give its codes.", nameof(selection));
            }

            expanded.Add(all ? variable with { ValueCodes = [.. dimension.Categories.Select(c => c.Code)] } : variable);
        }

        return Split(expanded, maxCells, metadata.DimensionWithRole(DimensionRole.Time)?.Code);
    }

    /// <summary>The number of cells a selection of explicit codes asks for.</summary>
    public static long CellCount(IEnumerable<VariableSelection> selection) =>
        selection.Aggregate(1L, (cells, v) => cells * v.ValueCodes.Count);

    // PxWebApi 2's selection expressions: wildcards (*, ?) and functions such as top(5), from(2020), range(a,b).
    private static bool IsExpression(string code) => code.AsSpan().IndexOfAny('*', '?', '(') >= 0;

    private static void SplitInto(List<VariableSelection> selection, long maxCells, string? timeVariableCode, List<IReadOnlyList<VariableSelection>> parts)
    {
        var cells = CellCount(selection);
        if (cells <= maxCells)
        {
            parts.Add(selection);
            return;
        }

        var cut = VariableToCut(selection, timeVariableCode);
        var codes = selection[cut].ValueCodes;
        var others = cells / codes.Count;
        var perPart = Math.Clamp(maxCells / others, 1, codes.Count);

        // Even parts (7 + 7 + 6 rather than 9 + 9 + 2) keep the answers of similar size.
        var count = (int)((codes.Count + perPart - 1) / perPart);
        var size = (codes.Count + count - 1) / count;
        foreach (var chunk in codes.Chunk(size))
        {
            var part = new List<VariableSelection>(selection) { [cut] = selection[cut] with { ValueCodes = chunk } };
            SplitInto(part, maxCells, timeVariableCode, parts);
        }
    }

    private static int VariableToCut(List<VariableSelection> selection, string? timeVariableCode)
    {
        var best = -1;
        for (var i = 0; i < selection.Count; i++)
        {
            var isTime = string.Equals(selection[i].VariableCode, timeVariableCode, StringComparison.Ordinal);
            if (!isTime && selection[i].ValueCodes.Count > 1 && (best < 0 || selection[i].ValueCodes.Count > selection[best].ValueCodes.Count))
            {
                best = i;
            }
        }

        // Only time left with more than one value; cells > maxCells >= 1 guarantees some variable has more than one.
        return best >= 0 ? best : selection.FindIndex(v => v.ValueCodes.Count > 1);
    }
}
