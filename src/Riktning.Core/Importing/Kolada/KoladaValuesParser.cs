namespace Riktning.Importing.Kolada;

/// <summary>
/// Reads a page of Kolada <c>/data</c> (per KPI, municipality and year). The shape is v2's documented one, which v3 keeps
/// as far as we could confirm from public clients (v3's official reference was not available to us):
/// <code>
/// {"count": 1, "values": [{"kpi": "N01951", "municipality": "1780", "period": 2022,
///   "values": [{"gender": "T", "count": 1, "status": "", "value": 96466.0}]}], "next_page": "https://…"}
/// </code>
/// Some v3 clients show <c>period</c> on each inner value instead of the outer one, and <c>next_url</c> for
/// <c>next_page</c>; both are accepted. A null <c>value</c> is Missing unless <c>status</c> gives another symbol
/// (confidential, not applicable, nil); <c>status</c> letters become flags (see <see cref="Status"/>).
/// </summary>
public static class KoladaValuesParser
{
    public static KoladaPage Parse(Stream stream, string source)
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

    public static KoladaPage Parse(string json, string source)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Parse(stream, source);
    }

    private static KoladaPage Read(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("values", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            throw new ImportFormatException($"{source}: a Kolada data page is an object with a 'values' array.");
        }

        var values = new List<KoladaValue>();
        var e = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            ReadEntry(entry, $"$.values[{e++}]", source, values);
        }

        int? count = root.TryGetProperty("count", out var c) && c.TryGetInt32(out var n) ? n : null;
        return new KoladaPage(values, count, Text(root, "next_page") ?? Text(root, "next_url"));
    }

    private static void ReadEntry(JsonElement entry, string path, string source, List<KoladaValue> values)
    {
        var kpi = Text(entry, "kpi") ?? throw Missing(source, path, "kpi");
        var municipality = Text(entry, "municipality") ?? throw Missing(source, path, "municipality");
        var outerPeriod = Period(entry, path, source);
        var entryDeleted = Deleted(entry);
        if (!entry.TryGetProperty("values", out var points) || points.ValueKind != JsonValueKind.Array)
        {
            throw Missing(source, path, "values");
        }

        var p = 0;
        foreach (var point in points.EnumerateArray())
        {
            var pointPath = $"{path}.values[{p++}]";
            var period = Period(point, pointPath, source) ?? outerPeriod ?? throw Missing(source, path, "period");
            var gender = Text(point, "gender") ?? "T";
            // Kolada flags a withdrawn figure as deleted; it is kept as "missing" so a stored value is replaced, not left standing.
            var value = entryDeleted || Deleted(point) ? null : Number(point, pointPath, source);
            var (status, flags) = Status(Text(point, "status"), value);
            values.Add(new KoladaValue(kpi, municipality, period, gender, value, status, flags));
        }
    }

    /// <summary>
    /// The value's <c>status</c> text mapped onto the standard statuses and flags (<see cref="StatusSymbols.Read"/>): the
    /// statistical symbols (<c>..</c> missing, <c>.</c> not applicable, <c>:</c> or <c>c</c> confidential, <c>-</c> nil) and
    /// the Eurostat letters (<c>b</c> break, <c>d</c> definition differs, <c>e</c> estimated, <c>p</c> provisional,
    /// <c>u</c> low reliability), alone or after a symbol. Kolada documents the field only as a string, empty for an ordinary
    /// figure; another text carries no meaning Riktning could name and sets nothing. A symbol explains a null value only:
    /// a number stays present, with the letters' flags.
    /// </summary>
    private static (ValueStatus Status, ObservationFlags Flags) Status(string? text, double? value)
    {
        var read = string.IsNullOrWhiteSpace(text) ? null : StatusSymbols.Read(text);
        var flags = read?.Flags ?? ObservationFlags.None;
        if (value is not null)
        {
            return (ValueStatus.Present, flags);
        }

        return (read?.Status is { } symbol and not ValueStatus.Present ? symbol : ValueStatus.Missing, flags);
    }

    private static int? Period(JsonElement element, string path, string source)
    {
        if (!element.TryGetProperty("period", out var period) || period.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return period.TryGetInt32(out var year) ? year : throw new ImportFormatException($"{source}: {path}.period is {period.GetRawText()}, not a year.");
    }

    private static double? Number(JsonElement point, string path, string source)
    {
        if (!point.TryGetProperty("value", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? number
            : throw new ImportFormatException($"{source}: {path}.value is {value.GetRawText()}, not a number or null.");
    }

    private static bool Deleted(JsonElement element) =>
        (element.TryGetProperty("isdeleted", out var flag) || element.TryGetProperty("is_deleted", out flag))
        && (flag.ValueKind == JsonValueKind.True || (flag.ValueKind == JsonValueKind.Number && flag.TryGetInt32(out var n) && n != 0));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImportFormatException Missing(string source, string path, string name) =>
        new($"{source}: {path} has no '{name}'.");
}
