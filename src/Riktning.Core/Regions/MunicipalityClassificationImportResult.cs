namespace Riktning.Regions;

/// <summary>What a classification import stored: its groups and municipalities, and whether anything changed.</summary>
public sealed record MunicipalityClassificationImportResult(string Key, int Groups, int Municipalities, bool Changed);
