namespace Riktning.Strategy;

/// <summary>A stored revision without its document, for listings.</summary>
public sealed record RevisionSummary(string DefinitionId, int Number, DefinitionKind Kind, string Label, string Title, string SourceFile, DateTime LoadedAtUtc, bool IsCurrent);
