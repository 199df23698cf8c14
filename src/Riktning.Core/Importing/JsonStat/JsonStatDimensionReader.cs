namespace Riktning.Importing.JsonStat;

/// <summary>
/// Reads one json-stat2 dimension: <c>label</c>, <c>category.index</c> (an object from code to position, an array of
/// codes, or absent for a single category), <c>category.label</c> and SCB/SSB's <c>extension.eliminationValueCode</c>.
/// </summary>
internal static class JsonStatDimensionReader
{
    public static DatasetDimension Read(string id, JsonElement dimension, int size, DimensionRole role, string source)
    {
        var path = $"$.dimension.{id}";
        if (dimension.ValueKind != JsonValueKind.Object || !dimension.TryGetProperty("category", out var category) || category.ValueKind != JsonValueKind.Object)
        {
            throw new ImportFormatException($"{source}: {path} has no 'category' object.");
        }

        category.TryGetProperty("label", out var labels);
        var codes = ReadCodes(category, labels, size, $"{path}.category", source);
        var categories = new DatasetCategory[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            var label = labels.ValueKind == JsonValueKind.Object && labels.TryGetProperty(codes[i], out var text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()!
                : codes[i];
            categories[i] = new DatasetCategory(codes[i], label);
        }

        return new DatasetDimension(id, StringProperty(dimension, "label") ?? id, role, categories)
        {
            TotalCode = dimension.TryGetProperty("extension", out var extension) && extension.ValueKind == JsonValueKind.Object
                ? StringProperty(extension, "eliminationValueCode")
                : null,
        };
    }

    private static string[] ReadCodes(JsonElement category, JsonElement labels, int size, string path, string source)
    {
        var codes = new string?[size];
        if (category.TryGetProperty("index", out var index))
        {
            if (index.ValueKind == JsonValueKind.Array)
            {
                if (index.GetArrayLength() != size)
                {
                    throw new ImportFormatException($"{source}: {path}.index has {index.GetArrayLength()} codes but 'size' gives {size}.");
                }

                var i = 0;
                foreach (var code in index.EnumerateArray())
                {
                    codes[i++] = code.GetString();
                }
            }
            else if (index.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in index.EnumerateObject())
                {
                    if (!entry.Value.TryGetInt32(out var position) || position < 0 || position >= size || codes[position] is not null)
                    {
                        throw new ImportFormatException($"{source}: {path}.index.{entry.Name} is {entry.Value.GetRawText()}, not a free position below {size}.");
                    }

                    codes[position] = entry.Name;
                }
            }
            else
            {
                throw new ImportFormatException($"{source}: {path}.index must be an object or an array.");
            }
        }
        else if (size == 1 && labels.ValueKind == JsonValueKind.Object && labels.EnumerateObject().Count() == 1)
        {
            // json-stat allows leaving out the index when a dimension has a single category.
            codes[0] = labels.EnumerateObject().First().Name;
        }

        for (var i = 0; i < size; i++)
        {
            if (codes[i] is null)
            {
                throw new ImportFormatException($"{source}: {path} has no category at position {i} of {size}.");
            }
        }

        return codes!;
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
