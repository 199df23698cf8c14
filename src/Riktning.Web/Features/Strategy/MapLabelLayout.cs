using NetTopologySuite.Algorithm.Construct;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Riktning.Web.Features.Strategy;

/// <summary>
/// Places each municipality's name and value inside its outline on the choropleth, in map pixels. The text goes at the
/// pole of inaccessibility (or the nearest point where its box fits), in a smaller size if need be; a municipality too
/// small for that gets a numbered marker, and one too small even for the marker is left to the table. Every box lies
/// wholly inside its own outline, and outlines do not overlap, so no two labels can overlap.
/// </summary>
internal static class MapLabelLayout
{
    /// <summary>Name and value sizes in pixels: the normal pair, then a compact one for small municipalities.</summary>
    private static readonly (double Name, double Value)[] Sizes = [(11, 12.5), (9.5, 10.5)];

    public const double MarkerRadius = 7.5;

    /// <summary>Room for the halo drawn round the letters, so it never spills over the outline.</summary>
    private const double Padding = 1.5;

    /// <summary>Grid step, in pixels, when searching for a place other than the pole.</summary>
    private const double Step = 2;

    private static readonly GeometryFactory Box = new();

    /// <summary>
    /// The label of one outline; <paramref name="polygons"/> are its parts (rings in pixels), and the text goes in the part
    /// holding <paramref name="labelPoint"/> (the pole found at import, in pixels), or, for an outline imported without one,
    /// in the part with the most room, at the centre of its maximum inscribed circle. <paramref name="nextMarker"/> numbers
    /// the markers; it is advanced when one is used.
    /// </summary>
    public static MapLabel? Place(IReadOnlyList<IReadOnlyList<IReadOnlyList<(double X, double Y)>>> polygons, (double X, double Y)? labelPoint, string name, string valueText, ref int nextMarker)
    {
        var parts = polygons.Where(p => p.Count > 0 && p[0].Count >= 3).Select(BoundaryGeometry.Polygon).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        Polygon polygon;
        (double X, double Y) pole;
        if (labelPoint is { } point && parts.FirstOrDefault(p => p.Covers(Box.CreatePoint(new Coordinate(point.X, point.Y)))) is { } holding)
        {
            (polygon, pole) = (holding, point);
        }
        else
        {
            var (part, circle) = parts.Select(p => (Part: p, Circle: new MaximumInscribedCircle(p, 0.5))).MaxBy(p => p.Circle.GetRadiusLine().Length);
            var centre = circle.GetCenter();
            (polygon, pole) = (part, (centre.X, centre.Y));
        }

        var shape = PreparedGeometryFactory.Prepare(polygon);

        foreach (var (nameSize, valueSize) in Sizes)
        {
            var width = Math.Max(TextWidth(name, nameSize, bold: false), TextWidth(valueText, valueSize, bold: true)) + (2 * Padding);
            var height = LabelHeight(nameSize, valueSize);
            if (Fit(shape, polygon.EnvelopeInternal, pole, width, height) is { } at)
            {
                return new MapLabel(at.X, at.Y, valueText, nameSize, valueSize, null);
            }
        }

        var side = (2 * MarkerRadius) + (2 * Padding);
        if (Fit(shape, polygon.EnvelopeInternal, pole, side, side) is { } marker)
        {
            return new MapLabel(marker.X, marker.Y, valueText, 0, 0, nextMarker++);
        }

        return null;
    }

    /// <summary>The height of the two-line label: the name's ascent and descent, then the value's ascent and a little below.</summary>
    public static double LabelHeight(double nameSize, double valueSize) => (2 * Padding) + (1.17 * nameSize) + (1.08 * valueSize);

    /// <summary>The name's baseline below the label's centre <paramref name="y"/>; the value's follows <see cref="ValueBaseline"/>.</summary>
    public static double NameBaseline(double y, double nameSize, double valueSize) => y - (LabelHeight(nameSize, valueSize) / 2) + Padding + (0.93 * nameSize);

    public static double ValueBaseline(double y, double nameSize, double valueSize) => NameBaseline(y, nameSize, valueSize) + (0.24 * nameSize) + (0.93 * valueSize);

    /// <summary>
    /// An estimate of the text's width from DejaVu Sans' advance widths: it is what Chromium falls back to on Linux and
    /// among the widest common sans-serif faces, so a label measured with it fits in narrower fonts too.
    /// </summary>
    public static double TextWidth(string text, double size, bool bold) =>
        size * text.Sum(c => c switch
        {
            ' ' or '\u00a0' or '\u202f' or ',' or '.' or ':' => bold ? 0.38 : 0.32,
            >= '0' and <= '9' => bold ? 0.7 : 0.64,
            '-' or '−' or '–' => bold ? 0.55 : 0.5,
            'i' or 'j' or 'l' => bold ? 0.35 : 0.28,
            'f' or 't' or 'r' => bold ? 0.5 : 0.42,
            'm' or 'w' or 'M' or 'W' => bold ? 1.05 : 0.98,
            _ when char.IsUpper(c) => bold ? 0.8 : 0.74,
            _ => bold ? 0.7 : 0.64,
        });

    /// <summary>The point nearest <paramref name="pole"/> (the pole first) where a box of this size lies inside the polygon.</summary>
    private static (double X, double Y)? Fit(IPreparedGeometry polygon, Envelope extent, (double X, double Y) pole, double width, double height)
    {
        bool Fits((double X, double Y) p) => polygon.Contains(Box.ToGeometry(new Envelope(p.X - (width / 2), p.X + (width / 2), p.Y - (height / 2), p.Y + (height / 2))));
        if (Fits(pole))
        {
            return pole;
        }

        var (minX, maxX, minY, maxY) = (extent.MinX + (width / 2), extent.MaxX - (width / 2), extent.MinY + (height / 2), extent.MaxY - (height / 2));
        var candidates = new List<(double X, double Y)>();
        for (var x = minX; x <= maxX; x += Step)
        {
            for (var y = minY; y <= maxY; y += Step)
            {
                candidates.Add((x, y));
            }
        }

        return candidates
            .OrderBy(p => ((p.X - pole.X) * (p.X - pole.X)) + ((p.Y - pole.Y) * (p.Y - pole.Y)))
            .Cast<(double X, double Y)?>()
            .FirstOrDefault(p => Fits(p!.Value));
    }
}
