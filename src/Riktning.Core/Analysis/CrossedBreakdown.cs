namespace Riktning.Analysis;

/// <summary>
/// A breakdown by two dimensions at once (age × sex) as a table: one row per category of <see cref="RowKey"/>, one column
/// per category of <see cref="ColumnKey"/>. Sex, when it is one of the two, is the columns, so each row can give the gap
/// between women and men. A combination without a stored series is a null cell.
/// </summary>
public sealed record CrossedBreakdown(string RowKey, string ColumnKey, IReadOnlyList<string> Rows, IReadOnlyList<string> Columns, IReadOnlyDictionary<(string Row, string Column), BreakdownRow> Cells)
{
    public const char Separator = ',';

    /// <summary>The dimension name of a pair of breakdown keys: <c>age,sex</c>, in the keys' stored (ordinal) order.</summary>
    public static string Dimension(IEnumerable<string> keys) => string.Join(Separator, keys.Order(StringComparer.Ordinal));

    /// <summary>The breakdown keys of a crossed dimension; null for any other.</summary>
    public static string[]? KeysOf(string dimension) => dimension.Split(Separator) is [var first, var second] ? [first, second] : null;

    public BreakdownRow? Cell(string row, string column) => Cells.GetValueOrDefault((row, column));

    /// <summary>Women − men in a row, when sex is the column dimension and both have a value.</summary>
    public SexGap? Gap(string row) => ColumnKey == "sex"
        ? new SexGap(Cell(row, "women")?.Cell.Value, Cell(row, "men")?.Cell.Value)
        : null;

    public static CrossedBreakdown From(string dimension, IReadOnlyList<BreakdownRow> rows, Statistics.SourceCategories? categories = null)
    {
        categories ??= Statistics.SourceCategories.None;
        var keys = KeysOf(dimension) ?? throw new ArgumentException($"'{dimension}' is not a crossed dimension", nameof(dimension));
        var (rowKey, columnKey) = keys[0] == "sex" ? (keys[1], keys[0]) : (keys[0], keys[1]);
        var cells = rows
            .Select(r => (Parts: Statistics.BreakdownKey.Parse(r.Breakdown), Row: r))
            .ToDictionary(x => (x.Parts[rowKey], x.Parts[columnKey]), x => x.Row);
        return new CrossedBreakdown(
            rowKey,
            columnKey,
            [.. cells.Keys.Select(k => k.Item1).Distinct(StringComparer.Ordinal).Order(categories.Order(rowKey))],
            [.. cells.Keys.Select(k => k.Item2).Distinct(StringComparer.Ordinal).OrderBy(c => c == "women" ? 0 : c == "men" ? 1 : 2).ThenBy(c => c, StringComparer.Ordinal)],
            cells);
    }
}
