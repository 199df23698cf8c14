namespace Riktning.Regions;

/// <summary>
/// The outline of a region for maps, imported from a GeoJSON file: WGS84 longitude/latitude as the coordinates of a
/// GeoJSON MultiPolygon (<c>[[[[lon, lat], …]]]</c>), simplified and rounded on import so that a page with a map stays light.
/// </summary>
public sealed class RegionBoundary
{
    public int Id { get; set; }

    /// <summary>Riktning's region key, e.g. <c>SE-1780</c>; one boundary per key.</summary>
    public required string RegionKey { get; set; }

    /// <summary>The MultiPolygon coordinates as JSON text.</summary>
    public required string Coordinates { get; set; }

    /// <summary>
    /// Where the region's label goes (<see cref="BoundaryGeometry.LabelPoint"/>), longitude and latitude, found at import;
    /// null for outlines imported before label points were.
    /// </summary>
    public double? LabelLon { get; set; }

    /// <inheritdoc cref="LabelLon"/>
    public double? LabelLat { get; set; }

    /// <summary>The file name the boundary came from, so a map can say its source.</summary>
    public required string SourceFile { get; set; }

    /// <summary>
    /// Who published the outlines (Lantmäteriet/SCB, Kartverket …), from the file's own metadata or the import command's
    /// <c>--source</c>; null when neither says. The map names it under the drawing.
    /// </summary>
    public string? Attribution { get; set; }

    /// <summary>The outlines' licence (CC BY 4.0 …), from the file's metadata or <c>--licence</c>; null when neither says.</summary>
    public string? Licence { get; set; }

    public DateTime ImportedAtUtc { get; set; }
}
