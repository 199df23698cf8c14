namespace Riktning.Strategy;

/// <summary>
/// A stored revision of a definition. Revisions are never changed or deleted, so an earlier version
/// of a strategy stays readable after it is revised; the newest number is the current one.
/// </summary>
public sealed class StrategyRevision
{
    public int Id { get; set; }

    /// <summary>The definition's id from its file, e.g. <c>varmlandsstrategin-2040</c>.</summary>
    public required string DefinitionId { get; set; }

    /// <summary>1, 2, 3 … per definition, in the order they were loaded.</summary>
    public int Number { get; set; }

    public DefinitionKind Kind { get; set; }

    /// <summary>The file's own revision label, e.g. "2025".</summary>
    public required string Label { get; set; }

    /// <summary>Swedish title, for listings without deserialising the document.</summary>
    public required string Title { get; set; }

    public required string SourceFile { get; set; }

    /// <summary>SHA-256 of the parsed content, so loading the same content twice adds nothing.</summary>
    public required string ContentHash { get; set; }

    public DateTime LoadedAtUtc { get; set; }

    /// <summary>The whole definition as JSON (<see cref="DefinitionJson"/>).</summary>
    public required string Document { get; set; }
}
