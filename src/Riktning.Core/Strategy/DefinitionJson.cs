using System.Text.Json.Serialization;

namespace Riktning.Strategy;

/// <summary>How a parsed definition is stored in a revision: camelCase JSON with enums spelled as in the YAML.</summary>
public static class DefinitionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(StrategyDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static StrategyDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<StrategyDefinition>(json, Options) ?? throw new InvalidOperationException("Stored definition is empty.");
}
