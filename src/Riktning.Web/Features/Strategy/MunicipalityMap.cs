using System.Text;
using System.Text.Json;

namespace Riktning.Web.Features.Strategy;

/// <summary>
/// The municipality map of the indicator page as data for an inline SVG: a tile map from the layout file, or a
/// choropleth from imported boundaries (equirectangular, longitudes scaled by the cosine of the mid latitude, which is
/// close enough at a county's size). The classes are quantiles with rounded bounds (<see cref="Classify"/>).
/// </summary>
public sealed record MunicipalityMap(MapKind Kind, double Width, double Height, IReadOnlyList<MapShape> Shapes, IReadOnlyList<MapClass> Classes, string? SourceFile)
{
    public const double TileWidth = 112;
    public const double TileHeight = 56;
    public const double TileGap = 4;
    public const double ChoroplethWidth = 500;

    // Light to dark; the two dark fills carry white text. Every pair has a contrast of at least 4.5:1.
    private static readonly (string Fill, string Text)[] Palette = [("#e6f0f7", "#1a1a1a"), ("#9cc3e0", "#1a1a1a"), ("#2b6a9e", "#ffffff"), ("#0b3558", "#ffffff")];

    /// <summary>The tile layout file: <c>region,column,row,label</c>.</summary>
    /// <summary>A tile layout (<c>regions/tiles/{region}.csv</c>: region, column, row, label), read with CsvHelper as every CSV is.</summary>
    public static IReadOnlyList<MapTile> ReadLayout(string path)
    {
        using var text = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvHelper.CsvReader(text, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.ToLowerInvariant(),
        });
        return [.. csv.GetRecords<MapTile>()];
    }

    public static MunicipalityMap Tiles(IReadOnlyList<MapTile> layout, IReadOnlyDictionary<string, double?> values, IReadOnlyDictionary<string, string> names)
    {
        var classes = Classify(values.Values);
        var shapes = layout.Select(t => new MapShape(
                t.Region, names.GetValueOrDefault(t.Region, t.Label), t.Label, values.GetValueOrDefault(t.Region), ClassOf(classes, values.GetValueOrDefault(t.Region)), null,
                t.Column * (TileWidth + TileGap), t.Row * (TileHeight + TileGap), TileWidth, TileHeight))
            .ToList();
        var width = (layout.Max(t => t.Column) + 1) * (TileWidth + TileGap);
        var height = (layout.Max(t => t.Row) + 1) * (TileHeight + TileGap);
        return new MunicipalityMap(MapKind.Tiles, width, height, shapes, classes, null);
    }

    /// <summary>
    /// The choropleth; <paramref name="valueText"/> formats a value (or its absence) as the page writes it, so that each
    /// municipality's label can be measured and placed inside its outline (<see cref="MapLabelLayout"/>).
    /// </summary>
    public static MunicipalityMap Choropleth(IReadOnlyCollection<RegionBoundary> boundaries, IReadOnlyDictionary<string, double?> values, IReadOnlyDictionary<string, string> names, Func<double?, string> valueText)
    {
        var polygons = boundaries.ToDictionary(b => b.RegionKey, b => JsonSerializer.Deserialize<double[][][][]>(b.Coordinates)!, StringComparer.Ordinal);
        var points = polygons.Values.SelectMany(p => p).SelectMany(p => p).SelectMany(r => r).ToList();
        var (minLon, maxLon, minLat, maxLat) = (points.Min(p => p[0]), points.Max(p => p[0]), points.Min(p => p[1]), points.Max(p => p[1]));
        var xScale = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = ChoroplethWidth / Math.Max((maxLon - minLon) * xScale, 1e-9);
        var height = Math.Ceiling((maxLat - minLat) * scale);

        var classes = Classify(values.Values);
        var shapes = new List<MapShape>();
        var nextMarker = 1;
        foreach (var (key, shape) in polygons.OrderBy(p => names.GetValueOrDefault(p.Key, p.Key), StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), false)))
        {
            // Rounded to the tenth of a pixel the path is written with, so that the labels are placed on the outline as drawn.
            var projected = shape.Select(polygon => (IReadOnlyList<IReadOnlyList<(double X, double Y)>>)[.. polygon.Select(ring => (IReadOnlyList<(double X, double Y)>)[.. ring.Select(p =>
                (Math.Round((p[0] - minLon) * xScale * scale, 1), Math.Round((maxLat - p[1]) * scale, 1)))])]).ToList();
            var path = new StringBuilder();
            foreach (var ring in projected.SelectMany(p => p))
            {
                for (var i = 0; i < ring.Count; i++)
                {
                    path.Append(i == 0 ? 'M' : 'L').Append(Coordinate(ring[i].X)).Append(',').Append(Coordinate(ring[i].Y));
                }

                path.Append('Z');
            }

            var name = names.GetValueOrDefault(key, key);
            var value = values.GetValueOrDefault(key);
            (double X, double Y)? labelPoint = boundaries.First(b => b.RegionKey == key) is { LabelLon: { } lon, LabelLat: { } lat }
                ? ((lon - minLon) * xScale * scale, (maxLat - lat) * scale)
                : null;
            var label = MapLabelLayout.Place(projected, labelPoint, name, valueText(value), ref nextMarker);
            shapes.Add(new MapShape(key, name, name, value, ClassOf(classes, value), path.ToString(), 0, 0, 0, 0, label));
        }

        // Every file the outlines came from, each with its publisher and licence when the import knew them: a map across the
        // border draws from a Swedish and a Norwegian one.
        var sources = boundaries.Select(SourceOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new MunicipalityMap(MapKind.Choropleth, ChoroplethWidth, height, shapes, classes, sources.Count > 0 ? string.Join(", ", sources) : null);
    }

    /// <summary>A boundary file as the map names it: "Kartverket, CC BY 4.0 (fylker.geojson)", or the file alone.</summary>
    public static string SourceOf(RegionBoundary boundary)
    {
        var by = string.Join(", ", new[] { boundary.Attribution, boundary.Licence }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return by.Length == 0 ? boundary.SourceFile : $"{by} ({boundary.SourceFile})";
    }

    /// <summary>Whether a stored outline can be drawn: valid JSON, at least one polygon, every ring closed with 4 or more finite positions.</summary>
    public static bool IsDrawable(RegionBoundary boundary)
    {
        try
        {
            return JsonSerializer.Deserialize<double[][][][]>(boundary.Coordinates) is { Length: > 0 } polygons
                && polygons.All(polygon => polygon is { Length: > 0 } && polygon.All(ring => ring is { Length: >= 4 }
                    && ring.All(p => p is { Length: >= 2 } && double.IsFinite(p[0]) && double.IsFinite(p[1]))));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A map coordinate as written in the SVG: a tenth of a pixel, invariant culture.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Up to four classes holding about a quarter of the municipalities each (quantiles, nearest rank), so one outlier
    /// does not leave most of the map in one fill as equal widths would. The bounds are rounded to a tenth of the largest
    /// power of ten not above the range (range 58.7 → step 1; range 0.38 → step 0.01), the outer ones outwards, so the
    /// legend reads 12–16 rather than 12.34–15.5; equal rounded bounds merge their classes.
    /// </summary>
    public static IReadOnlyList<MapClass> Classify(IEnumerable<double?> values)
    {
        var present = values.OfType<double>().Order().ToList();
        if (present.Count == 0)
        {
            return [];
        }

        var (min, max) = (present[0], present[^1]);
        if (min == max)
        {
            return [new MapClass(0, min, max, Palette[1].Fill, Palette[1].Text)];
        }

        var step = Math.Pow(10, Math.Floor(Math.Log10(max - min)) - 1);
        double Round(double value) => Math.Round(Math.Round(value / step, MidpointRounding.AwayFromZero) * step, 10);
        List<double> bounds = [Math.Round(Math.Floor(Math.Round(min / step, 9)) * step, 10)];
        for (var i = 1; i < Palette.Length; i++)
        {
            var cut = Round(present[(int)Math.Ceiling(i * present.Count / (double)Palette.Length) - 1]);
            if (cut > bounds[^1] && cut < max)
            {
                bounds.Add(cut);
            }
        }

        bounds.Add(Math.Round(Math.Ceiling(Math.Round(max / step, 9)) * step, 10));
        var count = bounds.Count - 1;

        // Fewer classes spread over the palette (two: lightest and darkest), so neighbouring classes still differ clearly.
        return [.. Enumerable.Range(0, count).Select(i => (i, Palette[count == 1 ? 1 : i * (Palette.Length - 1) / (count - 1)]))
            .Select(c => new MapClass(c.i, bounds[c.i], bounds[c.i + 1], c.Item2.Fill, c.Item2.Text))];
    }

    private static int? ClassOf(IReadOnlyList<MapClass> classes, double? value) =>
        value is not { } v || classes.Count == 0 ? null
            : classes.FirstOrDefault(c => v <= c.To)?.Index ?? classes[^1].Index;
}
