namespace Riktning.Importing.JsonStat;

/// <summary>
/// Reads json-stat2 <c>status</c>: one string for every cell, an array with a symbol or null per cell, or an object from
/// cell position to symbol (SSB: {"176": ".."}). Returns the non-null symbols by position; key -1 means every cell.
/// </summary>
internal static class JsonStatStatusReader
{
    public const int AllCells = -1;

    public static Dictionary<int, string> Read(ref Utf8JsonReader reader, string source)
    {
        var symbols = new Dictionary<int, string>();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                symbols[AllCells] = reader.GetString()!;
                break;
            case JsonTokenType.StartArray:
                var position = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        symbols[position] = reader.GetString()!;
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        throw new ImportFormatException($"{source}: status[{position}] at byte {reader.TokenStartIndex + 1} must be a string or null.");
                    }

                    position++;
                }

                break;
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
                    {
                        throw new ImportFormatException($"{source}: 'status' key \"{key}\" at byte {reader.TokenStartIndex + 1} is not a cell position.");
                    }

                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        symbols[ordinal] = reader.GetString()!;
                    }
                }

                break;
            case JsonTokenType.Null:
                break;
            default:
                throw new ImportFormatException($"{source}: 'status' at byte {reader.TokenStartIndex + 1} must be a string, an array or an object.");
        }

        return symbols;
    }

    /// <summary>Puts the symbols on the cells. A symbol never invents a number: it only explains a null, or flags a value (<see cref="ObservationFlags"/>).</summary>
    public static void Apply(Dictionary<int, string> symbols, CellValues values, string source)
    {
        foreach (var (ordinal, symbol) in symbols)
        {
            if (ordinal == AllCells)
            {
                for (var i = 0; i < values.Count; i++)
                {
                    ApplyOne(values, i, symbol);
                }
            }
            else if (ordinal >= values.Count)
            {
                if (values.Count > 0)
                {
                    throw new ImportFormatException($"{source}: 'status' names cell {ordinal} but the dataset has {values.Count} cells.");
                }
            }
            else
            {
                ApplyOne(values, ordinal, symbol);
            }
        }
    }

    private static void ApplyOne(CellValues values, int ordinal, string symbol)
    {
        if (StatusSymbols.Read(symbol) is not { } read)
        {
            return;
        }

        var (status, flags) = read;

        values.AddFlags(ordinal, flags);
        if (values.StatusAt(ordinal) != ValueStatus.Present && status is { } known)
        {
            values.SetStatus(ordinal, known);
        }
    }
}
