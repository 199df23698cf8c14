using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Riktning.Importing;

namespace Riktning.Regions;

/// <summary>
/// Reads region outlines from a GeoJSON FeatureCollection of Polygon and MultiPolygon features (WGS84). Pure: stream in,
/// features out. The geometries are read by NetTopologySuite's GeoJSON reader; the collection and its features are walked
/// here so that every error names the file, the feature index and the property.
/// </summary>
public static class GeoJsonBoundaryReader
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

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
            || !geometry.TryGetProperty("type", out var geometryType) || !geometry.TryGetProperty("coordinates", out _))
        {
            throw new ImportFormatException($"{where}: geometry is missing or has no type and coordinates");
        }

        if (geometryType.GetString() is not ("Polygon" or "MultiPolygon") and var other)
        {
            throw new ImportFormatException($"{where}: geometry.type '{other}' is not Polygon or MultiPolygon");
        }

        Geometry outline;
        try
        {
            outline = geometry.Deserialize<Geometry>(GeoJson) ?? throw new JsonException("no geometry");
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new ImportFormatException($"{where}: geometry.coordinates: not rings of [longitude, latitude] positions ({ex.Message})", ex);
        }

        if (outline.Coordinates.FirstOrDefault(c => c.X is < -180 or > 180 || c.Y is < -90 or > 90) is { } outside)
        {
            throw new ImportFormatException($"{where}: geometry.coordinates: [{outside.X.ToString(CultureInfo.InvariantCulture)}, {outside.Y.ToString(CultureInfo.InvariantCulture)}] is not WGS84 longitude and latitude");
        }

        return new BoundaryFeature(index, code, outline);
    }
}
