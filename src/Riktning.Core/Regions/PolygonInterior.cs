namespace Riktning.Regions;

/// <summary>
/// Points and boxes inside a polygon, for writing labels on a map. A polygon is a list of rings (outer ring first, then
/// holes) in any plane coordinates; rings may be closed or open. Inside means by the even–odd rule, so holes are outside.
/// </summary>
public static class PolygonInterior
{
    /// <summary>
    /// The pole of inaccessibility: the interior point farthest from the outline (the centre of the largest inscribed
    /// circle), found to within <paramref name="precision"/> by Mapbox's polylabel search over ever smaller grid cells.
    /// Unlike the bounding-box centre or the centroid, it is inside every shape, concave or not, and where a label has the
    /// most room. Returns the point and its distance to the outline (0 for a degenerate polygon).
    /// </summary>
    public static (double X, double Y, double Distance) PoleOfInaccessibility(IReadOnlyList<IReadOnlyList<(double X, double Y)>> polygon, double precision = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(precision);
        if (polygon.Count == 0 || polygon[0].Count == 0)
        {
            throw new ArgumentException("The polygon has no outer ring.", nameof(polygon));
        }

        var outer = polygon[0];
        var (minX, minY, maxX, maxY) = (outer.Min(p => p.X), outer.Min(p => p.Y), outer.Max(p => p.X), outer.Max(p => p.Y));
        var (width, height) = (maxX - minX, maxY - minY);
        var cellSize = Math.Min(width, height);
        if (cellSize == 0)
        {
            return (minX, minY, 0);
        }

        var queue = new PriorityQueue<Cell, double>();
        void Add(Cell cell) => queue.Enqueue(cell, -cell.Max);
        for (var x = minX; x < maxX; x += cellSize)
        {
            for (var y = minY; y < maxY; y += cellSize)
            {
                Add(Cell.Create(x + (cellSize / 2), y + (cellSize / 2), cellSize / 2, polygon));
            }
        }

        // Start from the better of the area centroid and the box centre, so a convex shape is settled at once.
        var best = Cell.Create(minX + (width / 2), minY + (height / 2), 0, polygon);
        var centroid = Centroid(outer) is { } c ? Cell.Create(c.X, c.Y, 0, polygon) : best;
        if (centroid.Distance > best.Distance)
        {
            best = centroid;
        }

        while (queue.TryDequeue(out var cell, out _))
        {
            if (cell.Distance > best.Distance)
            {
                best = cell;
            }

            // No point in this cell can beat the best by more than the precision asked for.
            if (cell.Max - best.Distance <= precision)
            {
                continue;
            }

            var h = cell.Half / 2;
            Add(Cell.Create(cell.X - h, cell.Y - h, h, polygon));
            Add(Cell.Create(cell.X + h, cell.Y - h, h, polygon));
            Add(Cell.Create(cell.X - h, cell.Y + h, h, polygon));
            Add(Cell.Create(cell.X + h, cell.Y + h, h, polygon));
        }

        return (best.X, best.Y, Math.Max(best.Distance, 0));
    }

    /// <summary>Whether the point is inside the polygon (even–odd over all rings).</summary>
    public static bool Contains(IReadOnlyList<IReadOnlyList<(double X, double Y)>> polygon, (double X, double Y) point)
    {
        var inside = false;
        foreach (var ring in polygon)
        {
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                var (a, b) = (ring[i], ring[j]);
                if ((a.Y > point.Y) != (b.Y > point.Y) && point.X < ((b.X - a.X) * (point.Y - a.Y) / (b.Y - a.Y)) + a.X)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }

    /// <summary>
    /// Whether the axis-aligned box lies wholly inside the polygon: its centre is inside and no edge of any ring enters it.
    /// </summary>
    public static bool ContainsBox(IReadOnlyList<IReadOnlyList<(double X, double Y)>> polygon, double left, double top, double right, double bottom)
    {
        if (!Contains(polygon, ((left + right) / 2, (top + bottom) / 2)))
        {
            return false;
        }

        foreach (var ring in polygon)
        {
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                if (SegmentEntersBox(ring[j], ring[i], left, top, right, bottom))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Liang–Barsky clipping: does any part of segment a–b lie within the box?</summary>
    private static bool SegmentEntersBox((double X, double Y) a, (double X, double Y) b, double left, double top, double right, double bottom)
    {
        var (t0, t1) = (0.0, 1.0);
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        foreach (var (p, q) in new[] { (-dx, a.X - left), (dx, right - a.X), (-dy, a.Y - top), (dy, bottom - a.Y) })
        {
            if (p == 0)
            {
                if (q < 0)
                {
                    return false;
                }

                continue;
            }

            var t = q / p;
            if (p < 0)
            {
                t0 = Math.Max(t0, t);
            }
            else
            {
                t1 = Math.Min(t1, t);
            }

            if (t0 > t1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Signed distance from the point to the outline: positive inside, negative outside.</summary>
    private static double SignedDistance(double x, double y, IReadOnlyList<IReadOnlyList<(double X, double Y)>> polygon)
    {
        var min = double.PositiveInfinity;
        foreach (var ring in polygon)
        {
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                min = Math.Min(min, SegmentDistance2((x, y), ring[j], ring[i]));
            }
        }

        return (Contains(polygon, (x, y)) ? 1 : -1) * Math.Sqrt(min);
    }

    private static double SegmentDistance2((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length2 = (dx * dx) + (dy * dy);
        var t = length2 == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / length2, 0, 1);
        var (ex, ey) = (a.X + (t * dx) - p.X, a.Y + (t * dy) - p.Y);
        return (ex * ex) + (ey * ey);
    }

    private static (double X, double Y)? Centroid(IReadOnlyList<(double X, double Y)> ring)
    {
        var (area, cx, cy) = (0.0, 0.0, 0.0);
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var f = (ring[i].X * ring[j].Y) - (ring[j].X * ring[i].Y);
            cx += (ring[i].X + ring[j].X) * f;
            cy += (ring[i].Y + ring[j].Y) * f;
            area += f * 3;
        }

        return area == 0 ? null : (cx / area, cy / area);
    }

    /// <summary>A square search cell: centre, half its side, the distance from the centre to the outline, and the best any point in it could reach.</summary>
    private readonly record struct Cell(double X, double Y, double Half, double Distance, double Max)
    {
        public static Cell Create(double x, double y, double half, IReadOnlyList<IReadOnlyList<(double X, double Y)>> polygon)
        {
            var distance = SignedDistance(x, y, polygon);
            return new Cell(x, y, half, distance, distance + (half * Math.Sqrt(2)));
        }
    }
}
