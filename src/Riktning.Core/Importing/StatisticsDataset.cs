namespace Riktning.Importing;

/// <summary>
/// A parsed statistics table, whatever format it came in: dimensions with their categories, and one cell per
/// combination of categories, in row-major order (the last dimension varies fastest).
/// </summary>
/// <param name="Source">The file name or URL, for messages.</param>
/// <param name="TableId">The source's table id (<c>TAB638</c>, <c>07221</c>), or null when the source does not name it.</param>
/// <param name="Title">The table's title in the language read.</param>
/// <param name="Updated">When the source last updated the data, UTC, if it says.</param>
/// <param name="Dimensions">The dimensions in data order.</param>
/// <param name="Values">The cells, filled and checked against the dimensions.</param>
public sealed record StatisticsDataset(
    string Source,
    string? TableId,
    string Title,
    DateTime? Updated,
    IReadOnlyList<DatasetDimension> Dimensions,
    CellValues Values)
{
    /// <summary>Every id the file gives itself (PC-Axis MATRIX and TABLEID); by default just <see cref="TableId"/>.</summary>
    public IReadOnlyList<string> Identifiers
    {
        get => field ?? (TableId is null ? [] : [TableId]);
        init;
    }

    /// <summary>The language of the labels read (<c>sv</c>, <c>en</c>), or null when the source does not say.</summary>
    public string? Language { get; init; }

    /// <summary>The notes the source attaches to cells (PC-Axis CELLNOTE/CELLNOTEX), with the flags they set on them.</summary>
    public IReadOnlyList<DatasetCellNote> CellNotes { get; init; } = [];

    /// <summary>The cells in data order, produced one at a time without allocating per cell.</summary>
    public IEnumerable<DatasetCell> Cells => Values.Enumerate();

    /// <summary>The first dimension with this role, or null.</summary>
    public DatasetDimension? DimensionWithRole(DimensionRole role) => Dimensions.FirstOrDefault(d => d.Role == role);

    /// <summary>Writes the category index per dimension of the cell at <paramref name="ordinal"/> into <paramref name="indexes"/>.</summary>
    public void GetCategoryIndexes(int ordinal, Span<int> indexes)
    {
        if (indexes.Length < Dimensions.Count)
        {
            throw new ArgumentException($"Needs room for {Dimensions.Count} indexes.", nameof(indexes));
        }

        for (var d = Dimensions.Count - 1; d >= 0; d--)
        {
            var size = Dimensions[d].Categories.Count;
            indexes[d] = ordinal % size;
            ordinal /= size;
        }
    }

    /// <summary>The category codes of a cell, one per dimension. Allocates; for messages, tests and small tables.</summary>
    public IReadOnlyList<string> CategoryCodes(DatasetCell cell)
    {
        Span<int> indexes = stackalloc int[Dimensions.Count];
        GetCategoryIndexes(cell.Ordinal, indexes);
        var codes = new string[Dimensions.Count];
        for (var d = 0; d < codes.Length; d++)
        {
            codes[d] = Dimensions[d].Categories[indexes[d]].Code;
        }

        return codes;
    }

    /// <summary>The cell at these category codes, one per dimension in order.</summary>
    public DatasetCell Cell(params ReadOnlySpan<string> codes)
    {
        if (codes.Length != Dimensions.Count)
        {
            throw new ArgumentException($"{Source}: give {Dimensions.Count} codes, one per dimension.", nameof(codes));
        }

        var ordinal = 0;
        for (var d = 0; d < codes.Length; d++)
        {
            var index = Dimensions[d].IndexOf(codes[d]);
            if (index < 0)
            {
                throw new KeyNotFoundException($"{Source}: dimension '{Dimensions[d].Code}' has no category '{codes[d]}'.");
            }

            ordinal = (ordinal * Dimensions[d].Categories.Count) + index;
        }

        return Values[ordinal];
    }
}
