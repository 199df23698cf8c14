using System.Text;
using NetTopologySuite.Algorithm.Construct;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;

namespace Riktning.Regions;

/// <summary>
/// The geometry of region outlines, through NetTopologySuite: a file's outlines are simplified together as one coverage,
/// so that neighbours still share their borders (simplified one by one, each border was thinned twice and the two drifted
/// apart), then rounded; each region's label point is the centre of its maximum inscribed circle, found once at import.
/// </summary>
public static class BoundaryGeometry
{
    /// <summary>About 300 m north–south: well below a pixel on the county map.</summary>
    public const double DefaultTolerance = 0.003;

    /// <summary>Three decimals of a degree: about 100 m.</summary>
    public const int Decimals = 3;

    /// <summary>How close to the true centre the label point must be, in degrees of latitude (about 50 m).</summary>
    private const double LabelTolerance = 0.0005;

    private static readonly GeometryFactory Factory = new();

    /// <summary>
    /// Simplifies the outlines of one file together (<see cref="CoverageSimplifier"/>): a border two regions share is
    /// simplified once, for both. The outlines must form a coverage (no overlaps), as a map of municipalities does.
    /// </summary>
    public static IReadOnlyList<Geometry> SimplifyCoverage(IReadOnlyList<Geometry> outlines, double tolerance = DefaultTolerance) =>
        outlines.Count == 0 ? [] : CoverageSimplifier.Simplify([.. outlines], tolerance);

    /// <summary>
    /// Rounds an outline to <see cref="Decimals"/> and writes it as the coordinates of a GeoJSON MultiPolygon
    /// (<c>[[[[lon,lat],…]]]</c>), compact and invariant, so the same shape is the same text and re-imports compare equal.
    /// A ring that collapses below a triangle is dropped (tiny islands and holes), but a region never loses its whole
    /// outline: when every part collapses, the first outer ring is kept as rounded.
    /// </summary>
    public static string ToCoordinates(Geometry outline)
    {
        var polygons = Polygons(outline).ToList();
        var parts = new List<List<List<(double, double)>>>();
        foreach (var polygon in polygons)
        {
            var rings = new List<List<(double, double)>>();
            foreach (var (ring, index) in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings).Select((r, i) => (r, i)))
            {
                var rounded = Round(ring);
                if (rounded.Count >= 4)
                {
                    rings.Add(rounded);
                }
                else if (index == 0)
                {
                    // The outer ring collapsed: the whole polygon is a speck at this scale.
                    break;
                }
            }

            if (rings.Count > 0)
            {
                parts.Add(rings);
            }
        }

        if (parts.Count == 0 && polygons.Count > 0)
        {
            parts.Add([Round(polygons[0].ExteriorRing)]);
        }

        var text = new StringBuilder("[");
        foreach (var (rings, p) in parts.Select((r, i) => (r, i)))
        {
            text.Append(p > 0 ? ",[" : "[");
            foreach (var (ring, r) in rings.Select((x, i) => (x, i)))
            {
                text.Append(r > 0 ? ",[" : "[");
                foreach (var ((lon, lat), i) in ring.Select((x, i) => (x, i)))
                {
                    text.Append(i > 0 ? ",[" : "[").Append(lon.ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(lat.ToString("R", CultureInfo.InvariantCulture)).Append(']');
                }

                text.Append(']');
            }

            text.Append(']');
        }

        return text.Append(']').ToString();
    }

    /// <summary>
    /// Where a region's name and value go on a map: the centre of the maximum inscribed circle of its roomiest part (the
    /// pole of inaccessibility). Found in a plane where a degree of longitude is shortened by the cosine of the latitude,
    /// as on the map, so the circle is round there too.
    /// </summary>
    public static (double Lon, double Lat) LabelPoint(Geometry outline)
    {
        var envelope = outline.EnvelopeInternal;
        var xScale = Math.Cos((envelope.MinY + envelope.MaxY) / 2 * Math.PI / 180);
        var best = Polygons(outline)
            .Where(p => !p.IsEmpty)
            .Select(p => new MaximumInscribedCircle(Scale(p, xScale), LabelTolerance))
            .MaxBy(circle => circle.GetRadiusLine().Length);
        if (best is null)
        {
            return (envelope.Centre.X, envelope.Centre.Y);
        }

        var centre = best.GetCenter();
        return (Math.Round(centre.X / xScale, Decimals + 1), Math.Round(centre.Y, Decimals + 1));
    }

    /// <summary>A polygon from rings of points (the first outer, the rest holes), e.g. an outline in map pixels.</summary>
    public static Polygon Polygon(IReadOnlyList<IReadOnlyList<(double X, double Y)>> rings)
    {
        LinearRing Ring(IReadOnlyList<(double X, double Y)> points) =>
            Factory.CreateLinearRing([.. points.Select(p => new Coordinate(p.X, p.Y)), .. points[0] == points[^1] ? Array.Empty<Coordinate>() : [new Coordinate(points[0].X, points[0].Y)]]);
        return Factory.CreatePolygon(Ring(rings[0]), [.. rings.Skip(1).Where(r => r.Count >= 3).Select(Ring)]);
    }

    private static IEnumerable<Polygon> Polygons(Geometry outline) =>
        Enumerable.Range(0, outline.NumGeometries).Select(outline.GetGeometryN).OfType<Polygon>();

    private static Polygon Scale(Polygon polygon, double xScale)
    {
        LinearRing Ring(LineString ring) => Factory.CreateLinearRing([.. ring.Coordinates.Select(c => new Coordinate(c.X * xScale, c.Y))]);
        return Factory.CreatePolygon(Ring(polygon.ExteriorRing), [.. polygon.InteriorRings.Select(Ring)]);
    }

    private static List<(double Lon, double Lat)> Round(LineString ring)
    {
        var rounded = new List<(double, double)>(ring.NumPoints);
        foreach (var coordinate in ring.Coordinates)
        {
            var point = (Math.Round(coordinate.X, Decimals), Math.Round(coordinate.Y, Decimals));
            if (rounded.Count == 0 || rounded[^1] != point)
            {
                rounded.Add(point);
            }
        }

        return rounded;
    }
}
