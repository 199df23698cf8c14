namespace Riktning.Statistics;

/// <summary>Where an import's figures come from, recorded on its batch.</summary>
public sealed record ImportOrigin(string Source, string? TableId, string Location);
