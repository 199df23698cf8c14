using Riktning.Importing;

namespace Riktning.Analysis;

/// <summary>One observation of a measure with its region and breakdown: the rows the breakdown summary and comparison read.</summary>
public readonly record struct RegionPoint(string RegionKey, string Breakdown, string Period, double? Value, ValueStatus Status = ValueStatus.Present);
