using NetTopologySuite.Geometries;

namespace Riktning.Regions;

/// <summary>One feature of a boundary file: the region code read from its property and its outline, a Polygon or MultiPolygon in WGS84.</summary>
public sealed record BoundaryFeature(int Index, string Code, Geometry Outline);
