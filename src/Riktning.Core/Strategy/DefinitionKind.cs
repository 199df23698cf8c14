namespace Riktning.Strategy;

/// <summary>What a definition file describes.</summary>
public enum DefinitionKind
{
    /// <summary>A regional development strategy: vision, focus areas, goals, indicators.</summary>
    Strategy,

    /// <summary>A cooperation framework, e.g. the Norway cooperation.</summary>
    Cooperation,
}
