using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Riktning.Regions;

/// <summary>
/// Reads region outlines from a GeoJSON FeatureCollection of Polygon and MultiPolygon features (WGS84). Pure: stream in,
/// features out. The geometries are read by NetTopologySuite's GeoJSON reader; the collection and its features are walked
/// here so that every error names the file, the feature index and the property.
/// </summary>
public static class GeoJsonBoundaryReader
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>
    /// Who published the outlines and under which licence, as the FeatureCollection says in its own members:
    /// <c>"source"</c> or <c>"attribution"</c>, and <c>"licence"</c> or <c>"license"</c>, at the top or inside a
    /// <c>"metadata"</c> object (GeoJSON allows such foreign members). Null for what the file does not say.
    /// </summary>
    public static (string? Source, string? Licence) ReadAttribution(Stream stream)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            static string? Text(JsonElement element, params string[] names) =>
                names.Select(n => element.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null)
                    .FirstOrDefault(v => v is not null);

            var metadata = root.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
            var source = Text(root, "source", "attribution") ?? (metadata is { } a ? Text(a, "source", "attribution") : null);
            var licence = Text(root, "licence", "license") ?? (metadata is { } b ? Text(b, "licence", "license") : null);
            return (source, licence);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    public static IReadOnlyList<BoundaryFeature> Read(Stream stream, string fileName, string codeProperty)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            throw new ImportFormatException($"{fileName}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new ImportFormatException($"{fileName}: not a GeoJSON FeatureCollection (expected \"type\": \"FeatureCollection\" and a \"features\" array)");
            }

            var result = new List<BoundaryFeature>();
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                result.Add(ReadFeature(feature, fileName, index, codeProperty));
                index++;
            }

            return result;
        }
    }

    private static BoundaryFeature ReadFeature(JsonElement feature, string fileName, int index, string codeProperty)
    {
        var where = $"{fileName}: feature {index}";
        if (feature.ValueKind != JsonValueKind.Object)
        {
            throw new ImportFormatException($"{where}: not a GeoJSON Feature object");
        }

        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object
            || !properties.TryGetProperty(codeProperty, out var codeElement))
        {
            throw new ImportFormatException($"{where}: property '{codeProperty}' is missing");
        }

        var code = codeElement.ValueKind switch
        {
            JsonValueKind.String => codeElement.GetString()!.Trim(),

            // Some files write codes as numbers (l_id: 1 for Stockholm); Swedish and Norwegian codes have an even number of digits.
            JsonValueKind.Number when codeElement.TryGetInt32(out var number) && number >= 0 => number.ToString(CultureInfo.InvariantCulture) is var digits && digits.Length % 2 == 1 ? "0" + digits : digits,
            _ => throw new ImportFormatException($"{where}: property '{codeProperty}' is not a string or a whole number"),
        };
        if (code.Length == 0)
        {
            throw new ImportFormatException($"{where}: property '{codeProperty}' is empty");
        }

        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out var geometryType) || !geometry.TryGetProperty("coordinates", out var coordinates))
        {
            throw new ImportFormatException($"{where}: geometry is missing or has no type and coordinates");
        }

        if (geometryType.GetString() is not ("Polygon" or "MultiPolygon") and var other)
        {
            throw new ImportFormatException($"{where}: geometry.type '{other}' is not Polygon or MultiPolygon");
        }

        RequireClosedRings(coordinates, geometryType.GetString() == "MultiPolygon", where);
        Geometry outline;
        try
        {
            outline = geometry.Deserialize<Geometry>(GeoJson) ?? throw new JsonException("no geometry");
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new ImportFormatException($"{where}: geometry.coordinates: not rings of [longitude, latitude] positions ({ex.Message})", ex);
        }

        if (outline.Coordinates.FirstOrDefault(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90) is { } outside)
        {
            throw new ImportFormatException($"{where}: geometry.coordinates: [{outside.X.ToString(CultureInfo.InvariantCulture)}, {outside.Y.ToString(CultureInfo.InvariantCulture)}] is not WGS84 longitude and latitude");
        }

        return new BoundaryFeature(index, code, outline);
    }

    /// <summary>
    /// GeoJSON (RFC 7946, 3.1.6): a polygon has an outer ring, and every ring has four or more positions with the last
    /// equal to the first. Checked on the text before NetTopologySuite reads it, so the error names the ring; an empty or
    /// open ring stored would make every map that draws the region fail.
    /// </summary>
    private static void RequireClosedRings(JsonElement coordinates, bool multiPolygon, string where)
    {
        if (coordinates.ValueKind != JsonValueKind.Array || (multiPolygon && coordinates.GetArrayLength() == 0))
        {
            throw new ImportFormatException($"{where}: geometry.coordinates is not a non-empty array of polygons");
        }

        IEnumerable<JsonElement> polygons = multiPolygon ? coordinates.EnumerateArray() : [coordinates];
        foreach (var polygon in polygons)
        {
            if (polygon.ValueKind != JsonValueKind.Array || polygon.GetArrayLength() == 0)
            {
                throw new ImportFormatException($"{where}: geometry.coordinates: a polygon has no rings");
            }

            var i = 0;
            foreach (var ring in polygon.EnumerateArray())
            {
                i++;
                if (ring.ValueKind != JsonValueKind.Array)
                {
                    throw new ImportFormatException($"{where}: geometry.coordinates: a ring is not an array of positions");
                }

                var count = ring.GetArrayLength();
                if (count < 4)
                {
                    throw new ImportFormatException($"{where}: geometry.coordinates: ring {i} has {count} positions; a ring needs at least 4");
                }

                if (!SamePosition(ring[0], ring[count - 1]))
                {
                    throw new ImportFormatException($"{where}: geometry.coordinates: ring {i} is not closed (its last position is not its first)");
                }
            }
        }
    }

    private static bool SamePosition(JsonElement a, JsonElement b) =>
        a.ValueKind == JsonValueKind.Array && b.ValueKind == JsonValueKind.Array && a.GetArrayLength() >= 2 && b.GetArrayLength() >= 2
        && a[0].ValueKind == JsonValueKind.Number && a[1].ValueKind == JsonValueKind.Number
        && b[0].ValueKind == JsonValueKind.Number && b[1].ValueKind == JsonValueKind.Number
        && a[0].GetDouble() == b[0].GetDouble() && a[1].GetDouble() == b[1].GetDouble();
}
