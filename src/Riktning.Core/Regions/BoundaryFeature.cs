namespace Riktning.Regions;

/// <summary>One feature of a boundary file: the region code read from its property and its polygons (rings of lon/lat points).</summary>
public sealed record BoundaryFeature(int Index, string Code, IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> Polygons);
