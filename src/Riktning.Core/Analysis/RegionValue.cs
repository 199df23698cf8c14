namespace Riktning.Analysis;

/// <summary>A region's value, e.g. the municipality with the highest figure.</summary>
public sealed record RegionValue(string RegionKey, double Value);
