namespace Riktning.Analysis;

/// <summary>One category of a breakdown dimension (e.g. <c>age=20-64</c>); a missing value keeps its status.</summary>
public sealed record CategoryValue(string Category, double? Value, ValueStatus Status);
