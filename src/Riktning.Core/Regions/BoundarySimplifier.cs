namespace Riktning.Regions;

/// <summary>
/// Thins polygon rings for small maps: Douglas–Peucker with a tolerance in degrees, then rounding. A map of a county a
/// few hundred pixels wide cannot show detail finer than about a kilometre, and every point costs bytes on the page.
/// </summary>
public static class BoundarySimplifier
{
    /// <summary>About 300 m north–south: well below a pixel on the county map.</summary>
    public const double DefaultTolerance = 0.003;

    /// <summary>Three decimals of a degree: about 100 m.</summary>
    public const int Decimals = 3;

    /// <summary>
    /// Simplifies every ring. A ring that would collapse below a triangle is dropped (tiny islands and holes), but a
    /// polygon's outer ring is kept as rounded if it is the only one, so no region ever loses its whole outline.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> Simplify(
        IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> polygons, double tolerance = DefaultTolerance)
    {
        var result = new List<IReadOnlyList<IReadOnlyList<(double, double)>>>();
        foreach (var polygon in polygons)
        {
            var rings = new List<IReadOnlyList<(double, double)>>();
            for (var i = 0; i < polygon.Count; i++)
            {
                var ring = Round(DouglasPeucker(polygon[i], tolerance));
                if (ring.Count >= 4)
                {
                    rings.Add(ring);
                }
                else if (i == 0)
                {
                    // The outer ring collapsed: the whole polygon is a speck at this scale.
                    break;
                }
            }

            if (rings.Count > 0)
            {
                result.Add(rings);
            }
        }

        if (result.Count == 0 && polygons.Count > 0 && polygons[0].Count > 0)
        {
            result.Add([Round(polygons[0][0])]);
        }

        return result;
    }

    private static List<(double Lon, double Lat)> Round(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        var rounded = new List<(double, double)>(ring.Count);
        foreach (var (lon, lat) in ring)
        {
            var point = (Math.Round(lon, Decimals), Math.Round(lat, Decimals));
            if (rounded.Count == 0 || rounded[^1] != point)
            {
                rounded.Add(point);
            }
        }

        return rounded;
    }

    private static List<(double Lon, double Lat)> DouglasPeucker(IReadOnlyList<(double Lon, double Lat)> ring, double tolerance)
    {
        if (ring.Count < 4)
        {
            return [.. ring];
        }

        var keep = new bool[ring.Count];
        keep[0] = keep[^1] = true;

        // A closed ring starts and ends at the same point, so split it at the point farthest from the start first.
        var far = 1;
        for (var i = 1; i < ring.Count - 1; i++)
        {
            if (Distance2(ring[i], ring[0]) > Distance2(ring[far], ring[0]))
            {
                far = i;
            }
        }

        keep[far] = true;
        var stack = new Stack<(int From, int To)>();
        stack.Push((0, far));
        stack.Push((far, ring.Count - 1));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            var (index, distance) = (-1, 0.0);
            for (var i = from + 1; i < to; i++)
            {
                var d = SegmentDistance(ring[i], ring[from], ring[to]);
                if (d > distance)
                {
                    (index, distance) = (i, d);
                }
            }

            if (index >= 0 && distance > tolerance)
            {
                keep[index] = true;
                stack.Push((from, index));
                stack.Push((index, to));
            }
        }

        return [.. ring.Where((_, i) => keep[i])];
    }

    private static double Distance2((double X, double Y) a, (double X, double Y) b) => ((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y));

    private static double SegmentDistance((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var length2 = Distance2(a, b);
        if (length2 == 0)
        {
            return Math.Sqrt(Distance2(p, a));
        }

        var t = Math.Clamp((((p.X - a.X) * (b.X - a.X)) + ((p.Y - a.Y) * (b.Y - a.Y))) / length2, 0, 1);
        return Math.Sqrt(Distance2(p, (a.X + (t * (b.X - a.X)), a.Y + (t * (b.Y - a.Y)))));
    }
}
