namespace Riktning.Importing.JsonStat;

/// <summary>Checks the parts of a json-stat2 dataset against each other and builds the dataset.</summary>
internal static class JsonStatAssembler
{
    public static StatisticsDataset Assemble(JsonStatParts parts, string source)
    {
        var ids = parts.Ids ?? throw new ImportFormatException($"{source}: the dataset has no 'id'.");
        var sizes = parts.Sizes ?? throw new ImportFormatException($"{source}: the dataset has no 'size'.");
        if (ids.Length != sizes.Length)
        {
            throw new ImportFormatException($"{source}: 'id' names {ids.Length} dimensions but 'size' gives {sizes.Length}.");
        }

        if (parts.Dimension is not { ValueKind: JsonValueKind.Object } dimension)
        {
            throw new ImportFormatException($"{source}: the dataset has no 'dimension' object.");
        }

        var roles = ReadRoles(parts.Role, ids, source);
        var dimensions = new DatasetDimension[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!dimension.TryGetProperty(ids[i], out var element))
            {
                throw new ImportFormatException($"{source}: 'id' names dimension '{ids[i]}' but 'dimension' has no '{ids[i]}'.");
            }

            dimensions[i] = JsonStatDimensionReader.Read(ids[i], element, sizes[i], roles.GetValueOrDefault(ids[i]), source);
        }

        var cellCount = CellCount(sizes, source);
        var values = PlaceValues(parts.Values, cellCount, source);
        if (parts.Status is { } status)
        {
            JsonStatStatusReader.Apply(status, values, source);
        }

        return new StatisticsDataset(
            source,
            TableId(parts.Extension),
            parts.Title ?? "",
            JsonStat2Parser.ParseUpdated(parts.Updated, source),
            dimensions,
            values);
    }

    private static int CellCount(int[] sizes, string source)
    {
        var count = 1L;
        foreach (var size in sizes)
        {
            if (size < 0)
            {
                throw new ImportFormatException($"{source}: 'size' has a negative entry {size}.");
            }

            count *= size;
            if (count > Array.MaxLength)
            {
                throw new ImportFormatException($"{source}: 'size' gives more cells than one dataset can hold.");
            }
        }

        return (int)count;
    }

    private static CellValues PlaceValues(JsonStatValues? read, int cellCount, string source)
    {
        if (read?.Dense is { } dense)
        {
            // An empty value array is a metadata response (PxWebApi 2 /metadata): dimensions without cells.
            if (dense.Count != 0 && dense.Count != cellCount)
            {
                throw new ImportFormatException($"{source}: 'size' gives {cellCount} cells but 'value' has {dense.Count}.");
            }

            return dense;
        }

        var values = new CellValues(cellCount);
        if (read?.Sparse is not { } sparse)
        {
            return values;
        }

        values.FillTo(cellCount, ValueStatus.Missing);
        foreach (var (ordinal, value) in sparse)
        {
            if (ordinal >= cellCount)
            {
                throw new ImportFormatException($"{source}: 'value' names cell {ordinal} but 'size' gives {cellCount} cells.");
            }

            values.Set(ordinal, value);
        }

        return values;
    }

    private static Dictionary<string, DimensionRole> ReadRoles(JsonElement? role, string[] ids, string source)
    {
        var roles = new Dictionary<string, DimensionRole>(StringComparer.Ordinal);
        if (role is not { ValueKind: JsonValueKind.Object } element)
        {
            return roles;
        }

        foreach (var (name, kind) in new[] { ("time", DimensionRole.Time), ("geo", DimensionRole.Geo), ("metric", DimensionRole.Metric) })
        {
            if (!element.TryGetProperty(name, out var members) || members.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var member in members.EnumerateArray())
            {
                var id = member.GetString() ?? "";
                if (!ids.Contains(id, StringComparer.Ordinal))
                {
                    throw new ImportFormatException($"{source}: $.role.{name} names '{id}', which is not in 'id'.");
                }

                roles[id] = kind;
            }
        }

        return roles;
    }

    private static string? TableId(JsonElement? extension) =>
        extension is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty("px", out var px) && px.ValueKind == JsonValueKind.Object
        && px.TryGetProperty("tableid", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
