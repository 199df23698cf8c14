namespace Riktning.Importing.JsonStat;

/// <summary>
/// Reads a json-stat2 dataset as SCB (PxWeb API v1 POST, PxWebApi 2 /data and /metadata) and SSB return it. The top level
/// and <c>value</c> are read token by token; the small parts (<c>dimension</c>, <c>role</c>, <c>extension</c>) as elements.
/// Keys may come in any order: client tools reorder them.
/// </summary>
public static class JsonStat2Parser
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public static StatisticsDataset Parse(Stream stream, string source)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), source);
    }

    public static StatisticsDataset Parse(ReadOnlySpan<byte> utf8Json, string source)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var reader = new Utf8JsonReader(utf8Json, Options);
        try
        {
            return ReadDataset(ref reader, source);
        }
        catch (JsonException e)
        {
            throw new ImportFormatException(
                $"{source}: malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} of the line: {e.Message}", e);
        }
    }

    private static StatisticsDataset ReadDataset(ref Utf8JsonReader reader, string source)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ImportFormatException($"{source}: a json-stat2 dataset must be a JSON object.");
        }

        var parts = new JsonStatParts();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            ReadPart(ref reader, name, parts, source);
        }

        // The reader only notices missing closing brackets or trailing garbage if asked for one more token.
        if (reader.Read())
        {
            throw new ImportFormatException($"{source}: unexpected content after the dataset at byte {reader.TokenStartIndex + 1}.");
        }

        return JsonStatAssembler.Assemble(parts, source);
    }

    private static void ReadPart(ref Utf8JsonReader reader, string name, JsonStatParts parts, string source)
    {
        switch (name)
        {
            case "class":
                var kind = reader.GetString();
                if (!string.Equals(kind, "dataset", StringComparison.Ordinal))
                {
                    throw new ImportFormatException($"{source}: 'class' is \"{kind}\"; only a json-stat2 dataset can be imported.");
                }

                break;
            case "id":
                parts.Ids = JsonSerializer.Deserialize<string[]>(ref reader) ?? [];
                break;
            case "size":
                parts.Sizes = JsonSerializer.Deserialize<int[]>(ref reader) ?? [];
                break;
            case "label" when reader.TokenType == JsonTokenType.String:
                parts.Title = reader.GetString();
                break;
            case "updated" when reader.TokenType == JsonTokenType.String:
                parts.Updated = reader.GetString();
                break;
            case "dimension":
                parts.Dimension = JsonElement.ParseValue(ref reader);
                break;
            case "role":
                parts.Role = JsonElement.ParseValue(ref reader);
                break;
            case "extension":
                parts.Extension = JsonElement.ParseValue(ref reader);
                break;
            case "value":
                parts.Values = JsonStatValueReader.Read(ref reader, source, ExpectedCount(parts.Sizes));
                break;
            case "status":
                parts.Status = JsonStatStatusReader.Read(ref reader, source);
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private static int ExpectedCount(int[]? sizes)
    {
        var count = 1L;
        foreach (var size in sizes ?? [])
        {
            count *= size;
        }

        return (int)Math.Clamp(count, 1, 1 << 20);
    }

    internal static DateTime? ParseUpdated(string? text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Some saved SCB responses carry "2024-01-12T05: 52: 00Z"; the spaces are an artefact, the time is sound.
        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        if (DateTime.TryParse(compact, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var updated))
        {
            return updated;
        }

        throw new ImportFormatException($"{source}: 'updated' is \"{text}\", not a date and time.");
    }
}
