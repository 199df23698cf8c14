namespace Riktning.Importing.Kolada;

/// <summary>
/// Reads chosen groups from Kolada's <c>/municipality_groups</c> answer (v2: <c>{"count": …, "values": [{"id", "title",
/// "members": [{"member_id", "member_title"}]}]}</c>, or the bare <c>values</c> array as clients save it). Kolada holds
/// thousands of groups, several classifications among them (SKR's municipality groups 2017 are G92786–G92794), so the
/// caller names the groups that make up one classification, in the order they are to be shown.
/// </summary>
public static class KoladaMunicipalityGroupsReader
{
    public static IReadOnlyList<ClassificationGroupInput> Read(Stream stream, string source, IReadOnlyList<string> groupIds)
    {
        if (groupIds.Count == 0)
        {
            throw new ImportFormatException($"{source}: name the Kolada groups that make up the classification (e.g. --group G92786 --group G92787 …)");
        }

        var repeated = groupIds.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ImportFormatException($"{source}: group {repeated.Key} is named twice");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new ImportFormatException($"{source}: malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} of the line: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var (groups, path) = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("values", out var values) ? (values, "$.values") : (root, "$");
            if (groups.ValueKind != JsonValueKind.Array)
            {
                throw new ImportFormatException($"{source}: a Kolada municipality_groups answer is an array of groups or an object with a 'values' array");
            }

            var wanted = new HashSet<string>(groupIds, StringComparer.Ordinal);
            var found = new Dictionary<string, ClassificationGroupInput>(StringComparer.Ordinal);
            var index = 0;
            foreach (var group in groups.EnumerateArray())
            {
                var where = $"{path}[{index++}]";
                if (group.ValueKind != JsonValueKind.Object || Text(group, "id") is not { } id || !wanted.Contains(id))
                {
                    continue;
                }

                var title = Text(group, "title") ?? throw new ImportFormatException($"{source}: {where}: group {id} has no 'title'");
                if (!group.TryGetProperty("members", out var members) || members.ValueKind != JsonValueKind.Array)
                {
                    throw new ImportFormatException($"{source}: {where}: group {id} has no 'members' array");
                }

                var read = new List<ClassificationMemberInput>();
                var m = 0;
                foreach (var member in members.EnumerateArray())
                {
                    var memberWhere = $"{where}.members[{m++}]";
                    var code = Text(member, "member_id") ?? throw new ImportFormatException($"{source}: {memberWhere}: no 'member_id'");
                    read.Add(new ClassificationMemberInput(code, memberWhere));
                }

                found[id] = new ClassificationGroupInput(id, GroupName(title), read);
            }

            var missing = groupIds.FirstOrDefault(id => !found.ContainsKey(id));
            return missing is not null
                ? throw new ImportFormatException($"{source}: there is no group with id '{missing}'")
                : [.. groupIds.Select(id => found[id])];
        }
    }

    /// <summary>
    /// Kolada names a group after the average it publishes for it ("Större stad (ovägt medel)"); the group itself is
    /// "Större stad", and the report computes its own averages.
    /// </summary>
    public static string GroupName(string title)
    {
        foreach (var suffix in (string[])[" (ovägt medel)", " (vägt medel)"])
        {
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^suffix.Length].Trim();
            }
        }

        return title.Trim();
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
