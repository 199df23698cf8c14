using Riktning.Importing;

namespace Riktning.Analysis;

/// <summary>
/// One observation of a measure with its region and breakdown: the rows the breakdown summary and comparison read.
/// <see cref="BatchId"/> is the import batch that wrote it, for the page's source line.
/// </summary>
public readonly record struct RegionPoint(string RegionKey, string Breakdown, string Period, double? Value, ValueStatus Status = ValueStatus.Present, int BatchId = 0);
