namespace Riktning.Regions;

/// <summary>What a boundary import changed.</summary>
public sealed record BoundaryImportResult(int Added, int Updated, int Unchanged);
