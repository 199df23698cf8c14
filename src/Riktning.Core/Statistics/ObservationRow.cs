namespace Riktning.Statistics;

/// <summary>A figure translated to Riktning's terms, ready to store: region key, period, canonical breakdown.</summary>
public readonly record struct ObservationRow(string RegionKey, string Period, string Breakdown, double? Value, ValueStatus Status, ObservationFlags Flags = ObservationFlags.None);
