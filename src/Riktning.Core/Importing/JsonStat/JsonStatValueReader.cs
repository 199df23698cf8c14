namespace Riktning.Importing.JsonStat;

/// <summary>
/// Reads json-stat2 <c>value</c>, token by token so a million numbers never become a document tree. Dense form: an array
/// of numbers and nulls. Sparse form: an object from cell position to number ({"12": 3.4}); cells it leaves out are missing.
/// </summary>
internal static class JsonStatValueReader
{
    public static JsonStatValues Read(ref Utf8JsonReader reader, string source, int expectedCount)
    {
        return reader.TokenType switch
        {
            JsonTokenType.StartArray => ReadDense(ref reader, source, expectedCount),
            JsonTokenType.StartObject => ReadSparse(ref reader, source),
            _ => throw new ImportFormatException($"{source}: 'value' at byte {reader.TokenStartIndex + 1} must be an array or an object, not {reader.TokenType}."),
        };
    }

    private static JsonStatValues ReadDense(ref Utf8JsonReader reader, string source, int expectedCount)
    {
        var values = new CellValues(expectedCount);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                // A null without a status symbol is simply missing; 'status', read later, may say why.
                values.AddSymbol(ValueStatus.Missing);
            }
            else
            {
                values.Add(ReadNumber(ref reader, source, values.Count.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return new JsonStatValues(values, null);
    }

    private static JsonStatValues ReadSparse(ref Utf8JsonReader reader, string source)
    {
        var cells = new List<KeyValuePair<int, double>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
            {
                throw new ImportFormatException($"{source}: 'value' key \"{key}\" at byte {reader.TokenStartIndex + 1} is not a cell position.");
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.Null)
            {
                cells.Add(new(ordinal, ReadNumber(ref reader, source, key)));
            }
        }

        return new JsonStatValues(null, cells);
    }

    private static double ReadNumber(ref Utf8JsonReader reader, string source, string position)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number))
        {
            return number;
        }

        var shown = reader.TokenType == JsonTokenType.String ? $"\"{reader.GetString()}\"" : reader.TokenType.ToString();
        throw new ImportFormatException($"{source}: value[{position}] at byte {reader.TokenStartIndex + 1} is {shown}, not a number or null.");
    }
}
