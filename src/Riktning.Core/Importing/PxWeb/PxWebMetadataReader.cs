namespace Riktning.Importing.PxWeb;

/// <summary>
/// Reads PxWeb API v1 table metadata as SCB and SSB return it for a GET on the table's URL. Only the small structure is
/// read; the values themselves come later in json-stat2 through JsonStat2Parser.
/// </summary>
public static class PxWebMetadataReader
{
    public static PxWebTableMetadata Read(Stream stream, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            return Read(document.RootElement, source);
        }
        catch (JsonException e)
        {
            throw new ImportFormatException($"{source}: malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} of the line: {e.Message}", e);
        }
    }

    private static PxWebTableMetadata Read(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ImportFormatException($"{source}: table metadata is a JSON object with 'title' and 'variables'.");
        }

        var title = Text(root, "title") ?? throw new ImportFormatException($"{source}: the metadata has no 'title'.");
        if (!root.TryGetProperty("variables", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new ImportFormatException($"{source}: the metadata has no 'variables' array.");
        }

        var variables = new List<PxWebVariable>();
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            variables.Add(ReadVariable(item, $"$.variables[{i++}]", source));
        }

        return new PxWebTableMetadata(title, variables);
    }

    private static PxWebVariable ReadVariable(JsonElement item, string path, string source)
    {
        var code = Text(item, "code") ?? throw new ImportFormatException($"{source}: {path} has no 'code'.");
        var values = Texts(item, "values", path, source);
        var valueTexts = Texts(item, "valueTexts", path, source);
        if (values.Count != valueTexts.Count)
        {
            throw new ImportFormatException(
                $"{source}: {path} ('{code}') has {values.Count} values but {valueTexts.Count} valueTexts.");
        }

        return new PxWebVariable(code, Text(item, "text") ?? code, values, valueTexts, Flag(item, "elimination"), Flag(item, "time"));
    }

    private static List<string> Texts(JsonElement item, string name, string path, string source)
    {
        if (!item.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new ImportFormatException($"{source}: {path} has no '{name}' array.");
        }

        var texts = new List<string>(array.GetArrayLength());
        foreach (var text in array.EnumerateArray())
        {
            texts.Add(text.ValueKind == JsonValueKind.String
                ? text.GetString()!
                : throw new ImportFormatException($"{source}: {path}.{name} holds {text.GetRawText()}, not a string."));
        }

        return texts;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
