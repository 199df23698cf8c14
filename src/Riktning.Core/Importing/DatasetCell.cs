namespace Riktning.Importing;

/// <summary>
/// One cell. <paramref name="Ordinal"/> is the cell's row-major position over the dataset's dimensions (last dimension
/// fastest); <see cref="StatisticsDataset.GetCategoryIndexes"/> turns it into one category index per dimension. A position
/// instead of an index array keeps a million-cell import free of per-cell allocations.
/// </summary>
public readonly record struct DatasetCell(int Ordinal, double? Value, ValueStatus Status, ObservationFlags Flags = ObservationFlags.None);
