namespace Riktning.Analysis;

/// <summary>
/// One observation of a measure with its region and breakdown: the rows the breakdown summary and comparison read.
/// <see cref="BatchId"/> is the import that last wrote it (0 when not read from the store), for the page's source line
/// and so that a published analysis can name the batches its figures came from.
/// </summary>
public readonly record struct RegionPoint(string RegionKey, string Breakdown, string Period, double? Value, ValueStatus Status = ValueStatus.Present, int BatchId = 0, ObservationFlags Flags = ObservationFlags.None);
