namespace Riktning.Statistics;

/// <summary>A region's value in a measure's latest period, for the total (no breakdown).</summary>
public sealed record LatestValue(string RegionKey, string Period, double? Value, ValueStatus Status, ObservationFlags Flags = ObservationFlags.None);
