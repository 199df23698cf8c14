namespace Riktning.Importing;

/// <summary>One value of a dimension: the source's code (<c>1780</c>, <c>2024</c>) and its label.</summary>
public sealed record DatasetCategory(string Code, string Label);
