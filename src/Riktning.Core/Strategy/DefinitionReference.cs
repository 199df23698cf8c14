namespace Riktning.Strategy;

/// <summary>What a reference in a definition points at outside its own file.</summary>
public enum ReferenceTarget
{
    /// <summary>Another definition, named by <c>relatesTo</c>.</summary>
    Definition,

    /// <summary>A goal of the strategy named by <c>relatesTo</c>.</summary>
    Goal,

    /// <summary>A region key of the region registry, e.g. <c>NO-34</c>.</summary>
    Region,
}

/// <summary>A reference that can only be checked against the store, kept with its location for the error message.</summary>
public sealed record DefinitionReference(ReferenceTarget Target, string Id, int Line, int Column, string Field);

/// <summary>A parsed definition and the references in it that point outside the file.</summary>
public sealed record ParsedDefinition(StrategyDefinition Definition, IReadOnlyList<DefinitionReference> ExternalReferences);
