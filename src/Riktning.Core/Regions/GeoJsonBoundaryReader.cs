using System.Globalization;
using System.Text.Json;
using Riktning.Importing;

namespace Riktning.Regions;

/// <summary>
/// Reads region outlines from a GeoJSON FeatureCollection of Polygon and MultiPolygon features (WGS84). Pure: stream in,
/// features out. Errors name the file, the feature index and the property.
/// </summary>
public static class GeoJsonBoundaryReader
{
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

        IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> polygons = geometryType.GetString() switch
        {
            "Polygon" => new[] { Polygon(coordinates, where) },
            "MultiPolygon" => coordinates.ValueKind == JsonValueKind.Array && coordinates.GetArrayLength() > 0
                ? coordinates.EnumerateArray().Select(p => Polygon(p, where)).ToArray()
                : throw new ImportFormatException($"{where}: geometry.coordinates is not a non-empty array of polygons"),
            var other => throw new ImportFormatException($"{where}: geometry.type '{other}' is not Polygon or MultiPolygon"),
        };
        return new BoundaryFeature(index, code, polygons);
    }

    private static IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Polygon(JsonElement polygon, string where)
    {
        if (polygon.ValueKind != JsonValueKind.Array)
        {
            throw new ImportFormatException($"{where}: geometry.coordinates: a polygon is not an array of rings");
        }

        IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> rings = [.. polygon.EnumerateArray().Select(ring => Ring(ring, where))];
        RequireClosedRings(rings, where);
        return rings;
    }

    /// <summary>
    /// GeoJSON (RFC 7946, 3.1.6): a polygon has an outer ring, and every ring has four or more positions with the last
    /// equal to the first. An empty or open ring stored would make every map that draws the region fail.
    /// </summary>
    private static void RequireClosedRings(IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> rings, string where)
    {
        if (rings.Count == 0)
        {
            throw new ImportFormatException($"{where}: geometry.coordinates: a polygon has no rings");
        }

        for (var i = 0; i < rings.Count; i++)
        {
            var ring = rings[i];
            if (ring.Count < 4)
            {
                throw new ImportFormatException($"{where}: geometry.coordinates: ring {i + 1} has {ring.Count} positions; a ring needs at least 4");
            }

            if (ring[0] != ring[^1])
            {
                throw new ImportFormatException($"{where}: geometry.coordinates: ring {i + 1} is not closed (its last position is not its first)");
            }
        }
    }

    private static List<(double Lon, double Lat)> Ring(JsonElement ring, string where)
    {
        if (ring.ValueKind != JsonValueKind.Array)
        {
            throw new ImportFormatException($"{where}: geometry.coordinates: a ring is not an array of positions");
        }

        var points = new List<(double, double)>();
        foreach (var position in ring.EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number
                || !position[0].TryGetDouble(out var lon) || !position[1].TryGetDouble(out var lat))
            {
                throw new ImportFormatException($"{where}: geometry.coordinates: a position is not [longitude, latitude]");
            }

            if (lon is < -180 or > 180 || lat is < -90 or > 90)
            {
                throw new ImportFormatException($"{where}: geometry.coordinates: [{lon.ToString(CultureInfo.InvariantCulture)}, {lat.ToString(CultureInfo.InvariantCulture)}] is not WGS84 longitude and latitude");
            }

            points.Add((lon, lat));
        }

        return points;
    }
}
