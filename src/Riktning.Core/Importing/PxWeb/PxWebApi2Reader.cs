namespace Riktning.Importing.PxWeb;

/// <summary>
/// Reads PxWebApi 2's small JSON answers, <c>/config</c> and <c>/tables</c>, in the shape the shared samples of SCB and of
/// the PxWebApi reference implementation show. Table metadata and data are json-stat2 and go to JsonStat2Parser.
/// </summary>
public static class PxWebApi2Reader
{
    public static PxWebApi2Config ReadConfig(Stream stream, string source) => Read(stream, source, root =>
    {
        var formats = new List<string>();
        if (root.TryGetProperty("dataFormats", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            formats.AddRange(array.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.String).Select(f => f.GetString()!));
        }

        return new PxWebApi2Config(
            Text(root, "apiVersion") ?? throw Missing(source, "$", "apiVersion"),
            Text(root, "defaultLanguage"),
            Positive(root, "maxDataCells", "$", source),
            Positive(root, "maxCallsPerTimeWindow", "$", source),
            Positive(root, "timeWindow", "$", source),
            formats);
    });

    public static PxWebApi2TablesPage ReadTablesPage(Stream stream, string source) => Read(stream, source, root =>
    {
        if (!root.TryGetProperty("tables", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw Missing(source, "$", "tables");
        }

        var tables = new List<PxWebApi2Table>();
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            tables.Add(ReadTable(item, $"$.tables[{i++}]", source));
        }

        if (!root.TryGetProperty("page", out var page) || page.ValueKind != JsonValueKind.Object)
        {
            throw Missing(source, "$", "page");
        }

        return new PxWebApi2TablesPage(
            Positive(page, "pageNumber", "$.page", source),
            Positive(page, "pageSize", "$.page", source),
            Count(page, "totalElements", "$.page", source),
            Count(page, "totalPages", "$.page", source),
            tables);
    });

    private static PxWebApi2Table ReadTable(JsonElement item, string path, string source)
    {
        DateTime? updated = null;
        if (Text(item, "updated") is { } text)
        {
            updated = DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when)
                ? when
                : throw new ImportFormatException($"{source}: {path}.updated is '{text}', not a date and time.");
        }

        var names = new List<string>();
        if (item.TryGetProperty("variableNames", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            names.AddRange(array.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!));
        }

        return new PxWebApi2Table(
            Text(item, "id") ?? throw Missing(source, path, "id"),
            Text(item, "label") ?? "",
            updated,
            Text(item, "firstPeriod"),
            Text(item, "lastPeriod"),
            Text(item, "timeUnit"),
            names);
    }

    private static T Read<T>(Stream stream, string source, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? read(document.RootElement)
                : throw new ImportFormatException($"{source}: expected a JSON object.");
        }
        catch (JsonException e)
        {
            throw new ImportFormatException($"{source}: malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} of the line: {e.Message}", e);
        }
    }

    private static int Positive(JsonElement element, string name, string path, string source) =>
        Count(element, name, path, source) is > 0 and var n ? n : throw new ImportFormatException($"{source}: {path}.{name} must be positive.");

    private static int Count(JsonElement element, string name, string path, string source)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            throw Missing(source, path, name);
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0
            ? n
            : throw new ImportFormatException($"{source}: {path}.{name} is {value.GetRawText()}, not a count.");
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImportFormatException Missing(string source, string path, string name) => new($"{source}: {path} has no '{name}'.");
}
