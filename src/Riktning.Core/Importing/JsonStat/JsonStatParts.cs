namespace Riktning.Importing.JsonStat;

/// <summary>The members of a json-stat2 dataset as read, before they are checked against each other.</summary>
internal sealed class JsonStatParts
{
    public string[]? Ids { get; set; }

    public int[]? Sizes { get; set; }

    public string? Title { get; set; }

    public string? Updated { get; set; }

    public JsonElement? Dimension { get; set; }

    public JsonElement? Role { get; set; }

    public JsonElement? Extension { get; set; }

    public JsonStatValues? Values { get; set; }

    public Dictionary<int, string>? Status { get; set; }
}
